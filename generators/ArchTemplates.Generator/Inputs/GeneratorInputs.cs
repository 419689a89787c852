using System;
using System.Linq;
using ArchTemplates.Generator.ChangeLog;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Decisions;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering;
using ArchTemplates.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Inputs;

/// <summary>
/// The first stage: what the build passes the generator besides the code. The MSBuild properties, and the
/// additional files the package's targets mark with their role: architecture.yml, the solution's folder
/// listing, a custom document template and the released model (each null when the build passed none), and the
/// architecture decision records.
/// </summary>
internal sealed record GeneratorInputs(
    IncrementalValueProvider<GeneratorOptions> Options,
    IncrementalValueProvider<ArchitectureYamlResult?> Yaml,
    IncrementalValueProvider<SolutionListing?> Listing,
    IncrementalValueProvider<CustomTemplate?> Template,
    IncrementalValueProvider<EquatableArray<DecisionRecordResult>> Decisions,
    IncrementalValueProvider<ReleasedModelFile?> ReleasedModel)
{
    public static GeneratorInputs Register(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName), GeneratorOptions.From)
            .WithTrackingName(TrackingNames.Options);
        return new(
            options,
            AdditionalFile(context, "Architecture")
                .Select(static (file, cancellationToken) => file is null ? null : ReadYaml(file, cancellationToken))
                .WithTrackingName(TrackingNames.ArchitectureYaml),
            AdditionalFile(context, "Listing")
                .Select(static (file, cancellationToken) => file?.GetText(cancellationToken) is { } text ? SolutionListing.Parse(text.ToString()) : null)
                .WithTrackingName(TrackingNames.Listing),
            AdditionalFile(context, "Template")
                .Select(static (file, cancellationToken) => file?.GetText(cancellationToken) is { } text ? new CustomTemplate(file.Path, text.ToString()) : null)
                .WithTrackingName(TrackingNames.Template),
            AdditionalFiles(context, "Decision")
                .Where(static file => DecisionRecordReader.IsRecord(file.Path))
                .Combine(options.Select(static (options, _) => options.Root))
                .Select(static (input, cancellationToken) => ReadDecision(input.Left, input.Right, cancellationToken))
                .Collect()
                .Select(static (records, _) => records.OrderBy(record => record.Path, StringComparer.Ordinal).Select(record => record.Result).ToEquatableArray())
                .WithTrackingName(TrackingNames.Decisions),
            AdditionalFile(context, "ReleasedModel")
                .Combine(options.Select(static (options, _) => options.Root))
                .Select(static (input, cancellationToken) => input.Left is { } file && file.GetText(cancellationToken) is { } text
                    ? new ReleasedModelFile(file.Path, RootPaths.Relative(file.Path, input.Right), text.ToString())
                    : null)
                .WithTrackingName(TrackingNames.ReleasedModel));
    }

    private static (string Path, DecisionRecordResult Result) ReadDecision(AdditionalText file, string root, System.Threading.CancellationToken cancellationToken)
        => (file.Path, Guard.Run(
            $"reading the decision record {file.Path}",
            () => DecisionRecordReader.Read(file.Path, file.GetText(cancellationToken) ?? SourceText.From(string.Empty), root),
            failure => new DecisionRecordResult(null, new[] { failure }.ToEquatableArray())));

    private static ArchitectureYamlResult ReadYaml(AdditionalText file, System.Threading.CancellationToken cancellationToken)
        => Guard.Run(
            "reading architecture.yml",
            () => ArchitectureYamlReader.Read(file.Path, file.GetText(cancellationToken) ?? SourceText.From(string.Empty)),
            failure => new ArchitectureYamlResult(ArchitectureDefinition.Empty, new[] { failure }.ToEquatableArray(), Unreadable: true));

    /// <summary>The first additional file with the given ArchTemplatesRole metadata (set by the package's targets), or null.</summary>
    private static IncrementalValueProvider<AdditionalText?> AdditionalFile(IncrementalGeneratorInitializationContext context, string role)
        => AdditionalFiles(context, role)
            .Collect()
            .Select(static (files, _) => (AdditionalText?)files.OrderBy(file => file.Path, StringComparer.Ordinal).FirstOrDefault());

    /// <summary>The additional files with the given ArchTemplatesRole metadata.</summary>
    private static IncrementalValuesProvider<AdditionalText> AdditionalFiles(IncrementalGeneratorInitializationContext context, string role)
        => context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles.ArchTemplatesRole", out var value)
                && string.Equals(value, role, StringComparison.OrdinalIgnoreCase))
            .Select(static (pair, _) => pair.Left);
}
