using System;
using System.Collections.Immutable;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Inputs;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// The declarations stage for this project's own code: the attributes each tree declares (see
/// <see cref="AttributedDeclarations"/>), one step per attribute, each named for the incrementality tests, assembled
/// into the project's declarations.
/// </summary>
internal static class CodeDeclarationsProvider
{
    public static IncrementalValueProvider<ProjectDeclarationsResult> Register(IncrementalValueProvider<ImmutableArray<SourceTreeReading>> trees, IncrementalValueProvider<ProjectInfo> project)
    {
        var code = Attribute(trees, static tree => tree.Containers, TrackingNames.Containers)
            .Select(static (containers, _) => CodeDeclarations.None with { Containers = containers })
            .Combine(Attribute(trees, static tree => tree.People, TrackingNames.People), static (code, people) => code with { People = people })
            .Combine(Attribute(trees, static tree => tree.ExternalSystems, TrackingNames.ExternalSystems), static (code, systems) => code with { ExternalSystems = systems })
            .Combine(Attribute(trees, static tree => tree.Technologies, TrackingNames.Technologies), static (code, technologies) => code with { Technologies = technologies })
            .Combine(Attribute(trees, static tree => tree.Components, TrackingNames.Components), static (code, components) => code with { Components = components })
            .Combine(Attribute(trees, static tree => tree.Relationships, TrackingNames.Relationships), static (code, relationships) => code with { Relationships = relationships })
            .Combine(Attribute(trees, static tree => tree.Apis, TrackingNames.Apis), static (code, apis) => code with { Apis = apis })
            .Combine(DataModels(trees), static (code, dataModels) => code with { DataModels = dataModels })
            .Combine(Attribute(trees, static tree => tree.DecisionLinks, TrackingNames.DecisionLinks), static (code, links) => code with { DecisionLinks = links });

        return code
            .Combine(project, static (code, project) => Guard.Run(
                "reading the architecture attributes",
                () => ProjectDeclarationsBuilder.Build(code, project),
                failure => new ProjectDeclarationsResult(new ProjectDeclarations(project, ElementDeclarations.Empty), new[] { failure }.ToEquatableArray())))
            .WithTrackingName(TrackingNames.Project);
    }

    /// <summary>One attribute's results from every tree, in a stable order (by file and position), whatever order the compiler gave the trees in.</summary>
    private static IncrementalValueProvider<EquatableArray<CodeReadResult<T>>> Attribute<T>(
        IncrementalValueProvider<ImmutableArray<SourceTreeReading>> trees,
        Func<CodeDeclarations, EquatableArray<CodeReadResult<T>>> ofTree,
        string trackingName)
        where T : IEquatable<T>
        => trees
            .Select((trees, _) => trees
                .SelectMany(tree => ofTree(tree.Declarations))
                .OrderBy(result => FirstLocation(result)?.FilePath, StringComparer.Ordinal)
                .ThenBy(result => FirstLocation(result)?.Span.Start)
                .ToEquatableArray())
            .WithTrackingName(trackingName);

    private static LocationInfo? FirstLocation<T>(CodeReadResult<T> result)
        where T : IEquatable<T>
        => result.Items.Count > 0 ? result.Items[0].Location : result.Diagnostics.Count > 0 ? result.Diagnostics[0].Location : null;

    /// <summary>
    /// Each model's schema is derived where its attribute is found. A schema also depends on the types it
    /// contains, which may be in other files: an IDE refreshes it when the model's own file changes, and
    /// every build starts fresh, so the written files are always current. Re-deriving every schema on every
    /// keystroke instead would cost the IDE far more.
    /// </summary>
    private static IncrementalValueProvider<DataModelResult> DataModels(IncrementalValueProvider<ImmutableArray<SourceTreeReading>> trees)
        => trees
            .Select(static (trees, _) => new DataModelResult(
                trees.SelectMany(tree => tree.Declarations.DataModels.Models).OrderBy(model => model.Element.TypeName, StringComparer.Ordinal).ToEquatableArray(),
                trees.SelectMany(tree => tree.Declarations.DataModels.Diagnostics).ToEquatableArray()))
            .WithTrackingName(TrackingNames.DataModels);
}
