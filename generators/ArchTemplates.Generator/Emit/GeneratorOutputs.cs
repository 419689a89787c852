using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArchTemplates.Generator.ChangeLog;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Exports;
using ArchTemplates.Generator.Inputs;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Emit;

/// <summary>
/// How the document is rendered: whether this project owns the documentation (else it renders none), where schemas go,
/// a custom template and how long it may take, the exports asked for, and the released model the Change Log compares
/// with (or whether this build releases the model).
/// </summary>
internal sealed record DocumentSettings(bool OwnsDocumentation, string SchemasFolder, CustomTemplate? Template, TimeSpan RenderTimeout, bool ExportJsonModel, bool ExportLikeC4, string LikeC4ToRoot)
{
    public ReleasedModelFile? ReleasedModel { get; init; }

    public bool ReleaseModel { get; init; }

    /// <summary>False when the team turned the Change Log's Unreleased rows off (<c>ArchDocsReleasedModelPath=none</c>).</summary>
    public bool ProposeChanges { get; init; } = true;
}

/// <summary>What the document is rendered from.</summary>
internal sealed record DocumentInput(ArchitectureModel Model, DocumentSettings Settings);

/// <summary>The documentation output's source (null when there is none), and the template's or the renderer's problems.</summary>
internal sealed record DocumentResult(string? Source, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly DocumentResult None = new(null, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>The output stage's generated sources: the typed model, the fragment, and the documentation files.</summary>
internal static class GeneratorOutputs
{
    public static void RegisterTypedModel(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ArchitectureModel> model, IncrementalValueProvider<GeneratorOptions> options)
        => context.RegisterSourceOutput(model.Combine(options), static (output, pair) =>
            Emit(output, "emitting the typed model", () => output.AddSource("ArchitectureModel.g.cs", ModelSourceEmitter.Emit(pair.Left, pair.Right))));

    /// <summary>The project that owns the documentation is the end of the line: nothing reads a fragment of it.</summary>
    public static void RegisterFragment(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ProjectDeclarationsResult> project, IncrementalValueProvider<GeneratorOptions> options)
        => context.RegisterSourceOutput(project.Combine(options), static (output, pair) =>
        {
            if (!pair.Right.GenerateDocuments)
            {
                Emit(output, "emitting the architecture fragment", () => output.AddSource("ArchitectureFragment.g.cs", FragmentEmitter.Emit(pair.Left.Declarations, pair.Right.Root)));
            }
        });

    /// <summary>
    /// Only the build task reads the document, from the compiled assembly; no code refers to it. As an
    /// implementation output it may be skipped, rendering included, by a host that needs only what the code
    /// means (an IDE that honours the distinction); a build always produces it. Its diagnostics go with it.
    /// </summary>
    public static void RegisterDocument(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ArchitectureModel> model, GeneratorInputs inputs, TimeSpan renderTimeout)
    {
        var settings = inputs.Options
            .Combine(inputs.Template, (options, template) => new DocumentSettings(options.GenerateDocuments, options.SchemasFolder, template, renderTimeout, options.ExportJsonModel, options.ExportLikeC4, options.LikeC4ToRoot)
            {
                ReleaseModel = options.ReleaseModel,
                ProposeChanges = options.ProposeChanges,
            })
            .Combine(inputs.ReleasedModel, static (settings, released) => settings with { ReleasedModel = released });
        var document = model
            .Combine(settings, static (model, settings) => new DocumentInput(model, settings))
            .Select(static (input, cancellationToken) => input.Settings.OwnsDocumentation ? Render(input, cancellationToken) : DocumentResult.None)
            .WithTrackingName(TrackingNames.Document);

        context.RegisterImplementationSourceOutput(document, static (output, result) =>
        {
            if (result.Source is not null)
            {
                output.AddSource("DocumentationOutput.g.cs", result.Source);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static DocumentResult Render(DocumentInput input, CancellationToken cancellationToken)
        => Guard.Run(
            "rendering the architecture document",
            () =>
            {
                // Releasing makes this model the released one, so nothing is unreleased; without a released model there is
                // nothing to compare with, and this build writes one.
                var settings = input.Settings;

                // The model as JSON serves the export, the released model and the comparison with it: written once.
                string? modelJson = null;
                string ModelJson() => modelJson ??= JsonModelExport.Write(input.Model, settings.SchemasFolder);
                var changes = !settings.ProposeChanges || settings.ReleaseModel || settings.ReleasedModel is null
                    ? ModelChangesResult.None
                    : ModelChanges.Propose(ModelJson(), settings.ReleasedModel);
                var model = input.Model with { Unreleased = changes.Changes };
                var rendered = DocumentRenderer.Render(model, settings.Template, settings.SchemasFolder, settings.RenderTimeout, cancellationToken);
                var diagnostics = changes.Diagnostics.Concat(rendered.Diagnostics).ToEquatableArray();
                if (rendered.Markdown is null)
                {
                    return new DocumentResult(null, diagnostics);
                }

                var files = new List<KeyValuePair<string, string>> { new(DocumentationContract.DocumentName, rendered.Markdown) };
                files.AddRange(input.Model.DataModels.Select(dataModel => new KeyValuePair<string, string>(DocumentationContract.SchemaPrefix + dataModel.FileName, dataModel.Schema)));
                if (settings.ExportJsonModel)
                {
                    files.Add(new(DocumentationContract.JsonModelName, ModelJson()));
                }

                if (settings.ExportLikeC4)
                {
                    files.Add(new(DocumentationContract.LikeC4Name, LikeC4Export.Write(model, settings.LikeC4ToRoot)));
                }

                if (settings.ProposeChanges && (settings.ReleaseModel || settings.ReleasedModel is null))
                {
                    files.Add(new(DocumentationContract.ReleasedModelName, ModelJson()));
                }

                return new DocumentResult(DocumentationOutputEmitter.Emit(files), diagnostics);
            },
            failure => new DocumentResult(null, new[] { failure }.ToEquatableArray()));

    /// <summary>Adds generated source; an unexpected failure is ARCH099 rather than CS8785.</summary>
    private static void Emit(SourceProductionContext output, string activity, Action emit)
    {
        var failure = Guard.Run<DiagnosticInfo?>(activity, () =>
        {
            emit();
            return null;
        }, failure => failure);
        if (failure is not null)
        {
            output.ReportDiagnostic(failure.ToDiagnostic());
        }
    }
}
