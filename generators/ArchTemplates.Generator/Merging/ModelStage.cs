using System.Linq;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Decisions;
using ArchTemplates.Generator.Fragments;
using ArchTemplates.Generator.Inputs;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Merging;

/// <summary>The model stage: architecture.yml, this project's declarations and the referenced projects' merged into one model.</summary>
internal static class ModelStage
{
    public static IncrementalValueProvider<MergeResult> Register(
        GeneratorInputs inputs,
        IncrementalValueProvider<ProjectDeclarationsResult> project,
        IncrementalValueProvider<ReferencedProjectsResult> referenced)
        => project
            .Select(static (own, _) => new MergeInput(
                ArchitectureDefinition.Empty,
                YamlUnreadable: true,
                own.Declarations,
                EquatableArray<ProjectDeclarations>.Empty,
                Listing: null,
                OwnsDocumentation: false))
            .Combine(inputs.Yaml, static (input, yaml) => yaml is null ? input : input with { Yaml = yaml.Definition, YamlUnreadable = yaml.Unreadable })
            .Combine(referenced, static (input, referenced) => input with { Referenced = referenced.Projects })
            .Combine(inputs.Listing, static (input, listing) => input with { Listing = listing })
            .Combine(inputs.Options, static (input, options) => input with { OwnsDocumentation = options.GenerateDocuments })
            .Combine(inputs.Decisions, static (input, decisions) => input with
            {
                Decisions = decisions.Select(result => result.Record).OfType<Declared<DecisionRecord>>().ToEquatableArray(),
            })
            .Select(static (input, _) => Guard.Run(
                "merging the architecture model",
                () => ModelMerger.Merge(input),
                failure => new MergeResult(ArchitectureModel.TitleOnly(input.Yaml), new[] { failure }.ToEquatableArray())))
            .WithTrackingName(TrackingNames.Merge);
}
