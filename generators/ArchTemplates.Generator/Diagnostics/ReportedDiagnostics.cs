using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Fragments;
using ArchTemplates.Generator.Inputs;
using ArchTemplates.Generator.Merging;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Diagnostics;

/// <summary>
/// The problems each step found: in this project's code, and in the whole architecture (architecture.yml, the
/// referenced projects' fragments, the merge, the decision records, a custom template that is not there).
/// </summary>
internal sealed record DiagnosticSources(
    bool OwnsDocumentation,
    DiagnosticInfo? MissingTemplate,
    EquatableArray<DiagnosticInfo> Yaml = default,
    EquatableArray<DiagnosticInfo> Code = default,
    EquatableArray<DiagnosticInfo> Referenced = default,
    EquatableArray<DiagnosticInfo> Merge = default,
    EquatableArray<DiagnosticInfo> Decisions = default);

/// <summary>
/// Diagnostics travel as values and are reported from an output of their own (the template's go with the
/// document), so a moved line never re-renders anything.
/// </summary>
internal static class ReportedDiagnostics
{
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        GeneratorInputs inputs,
        IncrementalValueProvider<ProjectDeclarationsResult> project,
        IncrementalValueProvider<ReferencedProjectsResult> referenced,
        IncrementalValueProvider<MergeResult> merge)
    {
        var sources = inputs.Options
            .Combine(inputs.Template, static (options, template) => new DiagnosticSources(
                options.GenerateDocuments,
                template is null && options.TemplatePath is { } missing ? DiagnosticInfo.Create(DiagnosticDescriptors.TemplateNotFound, null, missing) : null))
            .Combine(inputs.Yaml, static (sources, yaml) => sources with
            {
                Yaml = yaml?.Diagnostics ?? new[] { DiagnosticInfo.Create(DiagnosticDescriptors.ArchitectureFileNotFound, null) }.ToEquatableArray(),
            })
            .Combine(project, static (sources, project) => sources with { Code = project.Diagnostics })
            .Combine(referenced, static (sources, referenced) => sources with { Referenced = referenced.Diagnostics })
            .Combine(merge, static (sources, merge) => sources with { Merge = merge.Diagnostics })
            .Combine(inputs.Decisions, static (sources, decisions) => sources with { Decisions = decisions.SelectMany(result => result.Diagnostics).ToEquatableArray() });
        context.RegisterSourceOutput(sources.Select(static (sources, _) => Select(sources)), static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    /// <summary>
    /// Every project reports the problems in its own code; problems of the whole architecture are reported by
    /// the project that owns the documentation, which sees everything.
    /// </summary>
    private static EquatableArray<DiagnosticInfo> Select(DiagnosticSources sources)
    {
        var all = new List<DiagnosticInfo>(sources.Code);
        if (sources.OwnsDocumentation)
        {
            all.AddRange(sources.Yaml);
            all.AddRange(sources.Referenced);
            all.AddRange(sources.Merge);
            all.AddRange(sources.Decisions);
            if (sources.MissingTemplate is not null)
            {
                all.Add(sources.MissingTemplate);
            }
        }

        return all.Distinct().ToEquatableArray();
    }
}
