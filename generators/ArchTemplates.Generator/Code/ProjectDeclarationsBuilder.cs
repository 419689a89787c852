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
    DataModelResult DataModels);

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
            where T : System.IEquatable<T>
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
        diagnostics.AddRange(code.DataModels.Diagnostics);

        var containers = Flatten(code.Containers)
            .Select(container => container with { Element = container.Element with { Project = project.Name } })
            .ToList();
        var ownContainer = containers.Count == 1 ? containers[0].Element.Name : null;

        string? Own(string container, string kind, string name, LocationInfo? location)
        {
            if (container != CodeConventions.OwnContainer)
            {
                return container;
            }

            if (ownContainer is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoContainer, location, kind, name));
            }

            return ownContainer;
        }

        var components = Flatten(code.Components)
            .Select(component => component.Element.Container.Name != CodeConventions.OwnContainer
                ? component
                : Own(CodeConventions.OwnContainer, "Component", component.Element.Name, component.Location) is { } owner
                    ? component with { Element = component.Element with { Container = new ElementReference(owner) } }
                    : null)
            .Where(component => component is not null)
            .Select(component => component!);

        var relationships = Flatten(code.Relationships)
            .Select(relationship => relationship.Element.From.Name != CodeConventions.OwnContainer
                ? relationship
                : Own(CodeConventions.OwnContainer, "Relationship", relationship.Element.Description, relationship.Location) is { } owner
                    ? relationship with { Element = relationship.Element with { From = new ElementReference(owner) } }
                    : null)
            .Where(relationship => relationship is not null)
            .Select(relationship => relationship!);

        var apis = Flatten(code.Apis)
            .Select(api => Own(api.Element.Container, "API", $"{api.Element.Method} {api.Element.Route}", api.Location) is { } owner
                ? api with { Element = api.Element with { Container = owner } }
                : null)
            .Where(api => api is not null)
            .Select(api => api!);

        var elements = new ElementDeclarations(
            Flatten(code.People).ToEquatableArray(),
            Flatten(code.ExternalSystems).ToEquatableArray(),
            containers.ToEquatableArray(),
            components.ToEquatableArray(),
            relationships.ToEquatableArray(),
            Flatten(code.Technologies).ToEquatableArray(),
            code.DataModels.Models,
            apis.ToEquatableArray());
        return new ProjectDeclarationsResult(new ProjectDeclarations(project, elements), diagnostics.ToEquatableArray());
    }

    private static IEnumerable<Declared<T>> Flatten<T>(EquatableArray<CodeReadResult<T>> results)
        where T : System.IEquatable<T>
        => results.SelectMany(result => result.Items);
}
