using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace ArchTemplates.Model;

/// <summary>
/// The whole architecture as an object graph, generated from architecture.yml and the code's attributes
/// (<c>ArchitectureModel.Graph</c> in each project that uses the generator). Serve it, or assert on it in tests.
/// </summary>
public sealed class SystemArchitecture
{
    private readonly Dictionary<string, ArchitectureElement> _elements;

    /// <summary>Creates the graph.</summary>
    public SystemArchitecture(
        string title,
        string status,
        string? summary,
        string? style,
        IReadOnlyList<PersonElement> people,
        IReadOnlyList<ExternalSystemElement> externalSystems,
        IReadOnlyList<ContainerElement> containers,
        IReadOnlyList<ComponentElement> components,
        IReadOnlyList<RelationshipInfo> relationships,
        IReadOnlyList<TechnologyInfo> technologies,
        IReadOnlyList<DataModelInfo> dataModels,
        IReadOnlyList<ApiEndpointInfo> apis)
    {
        Title = title;
        Status = status;
        Summary = summary;
        Style = style;
        People = people;
        ExternalSystems = externalSystems;
        Containers = containers;
        Components = components;
        Relationships = relationships;
        Technologies = technologies;
        DataModels = dataModels;
        Apis = apis;
        _elements = people.Cast<ArchitectureElement>().Concat(externalSystems).Concat(containers).Concat(components)
            .ToDictionary(element => element.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads the graph from the text the generator writes into <c>ArchitectureModel</c>; the generated code
    /// calls this.
    /// </summary>
    /// <param name="data">The encoded graph, as the generator of the same package version wrote it.</param>
    /// <exception cref="FormatException">The text was not written by the generator of this package version.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static SystemArchitecture FromGeneratedData(string data)
        => GraphData.Read(data ?? throw new ArgumentNullException(nameof(data)));

    /// <summary>The system's title.</summary>
    public string Title { get; }

    /// <summary>The document's status: Draft or Approved.</summary>
    public string Status { get; }

    /// <summary>The technical summary.</summary>
    public string? Summary { get; }

    /// <summary>The architectural style (<c>microservices</c>, ...), if declared.</summary>
    public string? Style { get; }

    /// <summary>The system's users.</summary>
    public IReadOnlyList<PersonElement> People { get; }

    /// <summary>The systems outside the boundary.</summary>
    public IReadOnlyList<ExternalSystemElement> ExternalSystems { get; }

    /// <summary>The deployable units.</summary>
    public IReadOnlyList<ContainerElement> Containers { get; }

    /// <summary>The components of every container.</summary>
    public IReadOnlyList<ComponentElement> Components { get; }

    /// <summary>Who uses whom.</summary>
    public IReadOnlyList<RelationshipInfo> Relationships { get; }

    /// <summary>The Technology Table.</summary>
    public IReadOnlyList<TechnologyInfo> Technologies { get; }

    /// <summary>The data models with their JSON Schemas.</summary>
    public IReadOnlyList<DataModelInfo> DataModels { get; }

    /// <summary>The endpoints the containers expose.</summary>
    public IReadOnlyList<ApiEndpointInfo> Apis { get; }

    /// <summary>The element with this name, or null.</summary>
    public ArchitectureElement? Find(string name) => _elements.TryGetValue(name, out var element) ? element : null;

    /// <summary>The components of a container.</summary>
    public IEnumerable<ComponentElement> ComponentsOf(string container) => Components.Where(component => component.Container == container);

    /// <summary>The relationships whose source is the named element.</summary>
    public IEnumerable<RelationshipInfo> RelationshipsFrom(string name) => Relationships.Where(relationship => relationship.From == name);

    /// <summary>The relationships whose target is the named element.</summary>
    public IEnumerable<RelationshipInfo> RelationshipsTo(string name) => Relationships.Where(relationship => relationship.To == name);
}
