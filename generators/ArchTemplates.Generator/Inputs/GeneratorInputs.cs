using System;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering;
using ArchTemplates.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Inputs;

/// <summary>
/// The first stage: what the build passes the generator besides the code. The MSBuild properties, and the
/// additional files the package's targets mark with their role: architecture.yml, the solution's folder
/// listing and a custom document template (each null when the build passed none).
/// </summary>
internal sealed record GeneratorInputs(
    IncrementalValueProvider<GeneratorOptions> Options,
    IncrementalValueProvider<ArchitectureYamlResult?> Yaml,
    IncrementalValueProvider<SolutionListing?> Listing,
    IncrementalValueProvider<CustomTemplate?> Template)
{
    public static GeneratorInputs Register(IncrementalGeneratorInitializationContext context)
        => new(
            context.AnalyzerConfigOptionsProvider
                .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName), GeneratorOptions.From)
                .WithTrackingName(TrackingNames.Options),
            AdditionalFile(context, "Architecture")
                .Select(static (file, cancellationToken) => file is null ? null : ReadYaml(file, cancellationToken))
                .WithTrackingName(TrackingNames.ArchitectureYaml),
            AdditionalFile(context, "Listing")
                .Select(static (file, cancellationToken) => file?.GetText(cancellationToken) is { } text ? SolutionListing.Parse(text.ToString()) : null)
                .WithTrackingName(TrackingNames.Listing),
            AdditionalFile(context, "Template")
                .Select(static (file, cancellationToken) => file?.GetText(cancellationToken) is { } text ? new CustomTemplate(file.Path, text.ToString()) : null)
                .WithTrackingName(TrackingNames.Template));

    private static ArchitectureYamlResult ReadYaml(AdditionalText file, System.Threading.CancellationToken cancellationToken)
        => Guard.Run(
            "reading architecture.yml",
            () => ArchitectureYamlReader.Read(file.Path, file.GetText(cancellationToken) ?? SourceText.From(string.Empty)),
            failure => new ArchitectureYamlResult(ArchitectureDefinition.Empty, new[] { failure }.ToEquatableArray(), Unreadable: true));

    /// <summary>The first additional file with the given ArchTemplatesRole metadata (set by the package's targets), or null.</summary>
    private static IncrementalValueProvider<AdditionalText?> AdditionalFile(IncrementalGeneratorInitializationContext context, string role)
        => context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles.ArchTemplatesRole", out var value)
                && string.Equals(value, role, StringComparison.OrdinalIgnoreCase))
            .Select(static (pair, _) => pair.Left)
            .Collect()
            .Select(static (files, _) => (AdditionalText?)files.OrderBy(file => file.Path, StringComparer.Ordinal).FirstOrDefault());
}
