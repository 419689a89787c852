using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Yaml;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Conformance;

/// <summary>
/// architecture.yml as the analyzer reads it: the additional file the package's targets mark with the Architecture
/// role, read by the generator's reader once per text. Its problems are the generator's to report.
/// </summary>
internal static class ArchitectureFile
{
    private static readonly ConditionalWeakTable<SourceText, ArchitectureDefinition> Read = new();

    public static ArchitectureDefinition Definition(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var file = options.AdditionalFiles
            .Where(candidate => options.AnalyzerConfigOptionsProvider.GetOptions(candidate).TryGetValue("build_metadata.AdditionalFiles.ArchTemplatesRole", out var role)
                && string.Equals(role, "Architecture", StringComparison.OrdinalIgnoreCase))
            .OrderBy(candidate => candidate.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (file?.GetText(cancellationToken) is not { } text)
        {
            return ArchitectureDefinition.Empty;
        }

        return Read.GetValue(text, key => Guard.Run(
            "reading architecture.yml",
            () => ArchitectureYamlReader.Read(file.Path, key).Definition,
            _ => ArchitectureDefinition.Empty));
    }

    /// <summary>Whether this project generates the document (ArchDocsGenerate), and so sees every element the rules may name.</summary>
    public static bool GeneratesDocument(AnalyzerOptions options)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ArchDocsGenerate", out var value)
            && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
