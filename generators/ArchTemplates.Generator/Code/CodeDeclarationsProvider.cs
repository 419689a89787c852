using System;
using System.Collections.Immutable;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// The declarations stage for this project's own code: one step per architecture attribute (see
/// <see cref="AttributedDeclarations"/>), each named for the incrementality tests, assembled into the project's
/// declarations.
/// </summary>
internal static class CodeDeclarationsProvider
{
    private static readonly CodeDeclarations None = new(
        EquatableArray<CodeReadResult<Container>>.Empty,
        EquatableArray<CodeReadResult<Person>>.Empty,
        EquatableArray<CodeReadResult<ExternalSystem>>.Empty,
        EquatableArray<CodeReadResult<Technology>>.Empty,
        EquatableArray<CodeReadResult<Component>>.Empty,
        EquatableArray<CodeReadResult<Relationship>>.Empty,
        EquatableArray<CodeReadResult<ApiEndpoint>>.Empty,
        new DataModelResult(EquatableArray<Declared<DataModel>>.Empty, EquatableArray<DiagnosticInfo>.Empty));

    public static IncrementalValueProvider<ProjectDeclarationsResult> Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ProjectInfo> project)
    {
        var declarations = new AttributedDeclarations();
        var code = AssemblyAttribute(context, declarations, ArchitectureAttributeNames.Container, ElementAttributeReaders.ReadContainers, TrackingNames.Containers)
            .Select(static (containers, _) => None with { Containers = containers })
            .Combine(AssemblyAttribute(context, declarations, ArchitectureAttributeNames.Person, ElementAttributeReaders.ReadPeople, TrackingNames.People), static (code, people) => code with { People = people })
            .Combine(AssemblyAttribute(context, declarations, ArchitectureAttributeNames.ExternalSystem, ElementAttributeReaders.ReadExternalSystems, TrackingNames.ExternalSystems), static (code, systems) => code with { ExternalSystems = systems })
            .Combine(AssemblyAttribute(context, declarations, ArchitectureAttributeNames.Technology, ElementAttributeReaders.ReadTechnologies, TrackingNames.Technologies), static (code, technologies) => code with { Technologies = technologies })
            .Combine(Attribute(context, declarations, ArchitectureAttributeNames.Component, static node => node is TypeDeclarationSyntax, ElementAttributeReaders.ReadComponents, TrackingNames.Components), static (code, components) => code with { Components = components })
            .Combine(Attribute(context, declarations, ArchitectureAttributeNames.Relationship, static node => node is CompilationUnitSyntax or TypeDeclarationSyntax, RelationshipAttributeReader.Read, TrackingNames.Relationships), static (code, relationships) => code with { Relationships = relationships })
            .Combine(Attribute(context, declarations, ArchitectureAttributeNames.Api, static node => node is CompilationUnitSyntax or TypeDeclarationSyntax or MethodDeclarationSyntax, ApiAttributeReader.Read, TrackingNames.Apis), static (code, apis) => code with { Apis = apis })
            .Combine(DataModels(context, declarations), static (code, dataModels) => code with { DataModels = dataModels });

        return code
            .Combine(project, static (code, project) => Guard.Run(
                "reading the architecture attributes",
                () => ProjectDeclarationsBuilder.Build(code, project),
                failure => new ProjectDeclarationsResult(new ProjectDeclarations(project, ElementDeclarations.Empty), new[] { failure }.ToEquatableArray())))
            .WithTrackingName(TrackingNames.Project);
    }

    private static IncrementalValueProvider<EquatableArray<CodeReadResult<T>>> AssemblyAttribute<T>(
        IncrementalGeneratorInitializationContext context,
        AttributedDeclarations declarations,
        string metadataName,
        Func<AttributeTarget, CodeReadResult<T>> read,
        string trackingName)
        where T : IEquatable<T>
        => Attribute(context, declarations, metadataName, static node => node is CompilationUnitSyntax, read, trackingName);

    private static IncrementalValueProvider<EquatableArray<CodeReadResult<T>>> Attribute<T>(
        IncrementalGeneratorInitializationContext context,
        AttributedDeclarations declarations,
        string metadataName,
        Func<SyntaxNode, bool> isTarget,
        Func<AttributeTarget, CodeReadResult<T>> read,
        string trackingName)
        where T : IEquatable<T>
        => declarations
            .Register(context, metadataName, isTarget, read, failure => new CodeReadResult<T>(EquatableArray<Declared<T>>.Empty, new[] { failure }.ToEquatableArray()))
            .Collect()
            .Select(static (results, _) => Sorted(results))
            .WithTrackingName(trackingName);

    /// <summary>Attribute results in a stable order (by file and position), whatever order the compiler found them in.</summary>
    private static EquatableArray<CodeReadResult<T>> Sorted<T>(ImmutableArray<CodeReadResult<T>> results)
        where T : IEquatable<T>
        => results
            .OrderBy(result => FirstLocation(result)?.FilePath, StringComparer.Ordinal)
            .ThenBy(result => FirstLocation(result)?.Span.Start)
            .ToEquatableArray();

    private static LocationInfo? FirstLocation<T>(CodeReadResult<T> result)
        where T : IEquatable<T>
        => result.Items.Count > 0 ? result.Items[0].Location : result.Diagnostics.Count > 0 ? result.Diagnostics[0].Location : null;

    /// <summary>
    /// Each model's schema is derived where its attribute is found. A schema also depends on the types it
    /// contains, which may be in other files: an IDE refreshes it when the model's own file changes, and
    /// every build starts fresh, so the written files are always current. Re-deriving every schema on every
    /// keystroke instead would cost the IDE far more.
    /// </summary>
    private static IncrementalValueProvider<DataModelResult> DataModels(IncrementalGeneratorInitializationContext context, AttributedDeclarations declarations)
        => declarations
            .Register(
                context,
                ArchitectureAttributeNames.DataModel,
                static node => node is TypeDeclarationSyntax or EnumDeclarationSyntax,
                DataModelAttributeReader.Describe,
                failure => new DataModelResult(EquatableArray<Declared<DataModel>>.Empty, new[] { failure }.ToEquatableArray()))
            .Collect()
            .Select(static (results, _) => new DataModelResult(
                results.SelectMany(result => result.Models).OrderBy(model => model.Element.TypeName, StringComparer.Ordinal).ToEquatableArray(),
                results.SelectMany(result => result.Diagnostics).ToEquatableArray()))
            .WithTrackingName(TrackingNames.DataModels);
}
