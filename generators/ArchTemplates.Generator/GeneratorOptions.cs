using ArchTemplates.Generator.Common;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArchTemplates.Generator;

/// <summary>The MSBuild properties the generator reads (made visible by the package's build/ props).</summary>
internal sealed record GeneratorOptions(string ModelNamespace, bool GenerateDocuments)
{
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider, string? assemblyName)
    {
        var global = provider.GlobalOptions;
        global.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        global.TryGetValue("build_property.ArchDocsGenerate", out var generate);
        var baseName = string.IsNullOrWhiteSpace(rootNamespace) ? assemblyName : rootNamespace;
        return new GeneratorOptions(
            Identifiers.ToNamespace(string.IsNullOrWhiteSpace(baseName) ? "ArchTemplates.Generated" : baseName!),
            string.Equals(generate?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase));
    }
}
