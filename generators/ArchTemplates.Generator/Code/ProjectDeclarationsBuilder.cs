using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Code;

/// <summary>The attribute readers' results for one project, before they are assembled.</summary>
internal sealed record CodeDeclarations(
    EquatableArray<CodeReadResult<Container>> Containers,
    EquatableArray<CodeReadResult<Person>> People,
    EquatableArray<CodeReadResult<ExternalSystem>> ExternalSystems,
    EquatableArray<CodeReadResult<Technology>> Technologies,
    EquatableArray<CodeReadResult<Component>> Components,
    EquatableArray<CodeReadResult<Relationship>> Relationships,
    EquatableArray<CodeReadResult<ApiEndpoint>> Apis,
    DataModelResult DataModels,
    EquatableArray<CodeReadResult<DecisionLink>> DecisionLinks)
{
    public static readonly CodeDeclarations None = new(
        EquatableArray<CodeReadResult<Container>>.Empty,
        EquatableArray<CodeReadResult<Person>>.Empty,
        EquatableArray<CodeReadResult<ExternalSystem>>.Empty,
        EquatableArray<CodeReadResult<Technology>>.Empty,
        EquatableArray<CodeReadResult<Component>>.Empty,
        EquatableArray<CodeReadResult<Relationship>>.Empty,
        EquatableArray<CodeReadResult<ApiEndpoint>>.Empty,
        DataModelResult.None,
        EquatableArray<CodeReadResult<DecisionLink>>.Empty);
}

/// <summary>A project's declarations and the problems found while reading its code.</summary>
internal sealed record ProjectDeclarationsResult(ProjectDeclarations Declarations, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Assembles one project's declarations: the project's container becomes the owner of its components,
/// assembly-level relationships and APIs, and the container is tied to the project.
/// </summary>
internal static class ProjectDeclarationsBuilder
{
    public static ProjectDeclarationsResult Build(CodeDeclarations code, ProjectInfo project)
    {
        var diagnostics = new List<DiagnosticInfo>();
        void Collect<T>(EquatableArray<CodeReadResult<T>> results)
            where T : IEquatable<T>
        {
            foreach (var result in results)
            {
                diagnostics.AddRange(result.Diagnostics);
            }
        }

        Collect(code.Containers);
        Collect(code.People);
        Collect(code.ExternalSystems);
        Collect(code.Technologies);
        Collect(code.Components);
        Collect(code.Relationships);
        Collect(code.Apis);
        Collect(code.DecisionLinks);
        diagnostics.AddRange(code.DataModels.Diagnostics);

        var containers = Flatten(code.Containers)
            .Select(container => container with { Element = container.Element with { Project = project.Name } })
            .ToList();
        var ownContainer = containers.Count == 1 ? containers[0].Element.Name : null;
        var noOwnContainer = containers.Count == 0
            ? "this project declares none. Add [assembly: Container(\"Name\")] to the project, or name the container with Container = \"Name\"."
            : $"this project declares {containers.Count} ({string.Join(", ", containers.Select(container => container.Element.Name))}), and a project is one container. Keep one [assembly: Container(...)] in it, or name the container with Container = \"Name\".";

        // Declarations that name no container belong to the project's own; without one, that is ARCH010.
        IEnumerable<Declared<T>> Owned<T>(IEnumerable<Declared<T>> items, Func<T, bool> needsOwner, Func<T, string> describe, Func<T, string, T> withOwner)
            where T : IEquatable<T>
        {
            foreach (var item in items)
            {
                if (!needsOwner(item.Element))
                {
                    yield return item;
                }
                else if (ownContainer is not null)
                {
                    yield return item with { Element = withOwner(item.Element, ownContainer) };
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoContainer, item.Location, describe(item.Element), noOwnContainer));
                }
            }
        }

        var components = Owned(
            Flatten(code.Components),
            component => OwnContainer.Is(component.Container),
            component => $"Component '{component.Name}'",
            (component, owner) => component with { Container = new ElementReference(owner) }).ToList();
        var relationships = Owned(
            Flatten(code.Relationships),
            relationship => OwnContainer.Is(relationship.From),
            relationship => $"The relationship '{relationship.Description}'",
            (relationship, owner) => relationship with { From = new ElementReference(owner) }).ToList();
        var apis = Owned(
            Flatten(code.Apis),
            api => OwnContainer.Is(api.Container),
            api => $"The API '{api.Method} {api.Route}'",
            (api, owner) => api with { Container = owner }).ToList();
        var decisionLinks = Owned(
            Flatten(code.DecisionLinks),
            link => OwnContainer.Is(link.Element),
            link => $"[Decision({link.Number})]",
            (link, owner) => link with { Element = new ElementReference(owner) }).ToList();

        var elements = new ElementDeclarations(
            Flatten(code.People).ToEquatableArray(),
            Flatten(code.ExternalSystems).ToEquatableArray(),
            containers.ToEquatableArray(),
            components.ToEquatableArray(),
            relationships.ToEquatableArray(),
            Flatten(code.Technologies).ToEquatableArray(),
            code.DataModels.Models,
            apis.ToEquatableArray(),
            decisionLinks.ToEquatableArray());
        return new ProjectDeclarationsResult(new ProjectDeclarations(project, elements), diagnostics.ToEquatableArray());
    }

    private static IEnumerable<Declared<T>> Flatten<T>(EquatableArray<CodeReadResult<T>> results)
        where T : System.IEquatable<T>
        => results.SelectMany(result => result.Items);
}
