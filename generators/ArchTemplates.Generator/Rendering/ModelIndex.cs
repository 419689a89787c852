using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Rendering;

/// <summary>
/// Lookups over a model, built once per rendering, so that per-container work (the Component View, one
/// component diagram per container) costs what that container has, not what the whole model has.
/// </summary>
internal sealed class ModelIndex
{
    private static readonly IReadOnlyList<Relationship> NoRelationships = [];

    private readonly Dictionary<string, string> _containerOfComponent;
    private readonly Dictionary<string, List<Relationship>> _relationshipsByContainer = new(StringComparer.Ordinal);

    public ModelIndex(ArchitectureModel model)
    {
        _containerOfComponent = model.Components.ToDictionary(component => component.Name, component => component.Container.Name, StringComparer.Ordinal);
        Components = model.Components.ToLookup(component => component.Container.Name, StringComparer.Ordinal);
        Apis = model.Apis.ToLookup(api => api.Container!, StringComparer.Ordinal);
        foreach (var relationship in model.Relationships)
        {
            var from = ContainerOf(relationship.From.Name);
            var to = ContainerOf(relationship.To.Name);
            Add(from, relationship);
            if (to != from)
            {
                Add(to, relationship);
            }
        }
    }

    public ILookup<string, Component> Components { get; }

    public ILookup<string, ApiEndpoint> Apis { get; }

    /// <summary>The container a component belongs to; any other element is its own container.</summary>
    public string ContainerOf(string element) => _containerOfComponent.TryGetValue(element, out var container) ? container : element;

    public bool IsComponent(string element) => _containerOfComponent.ContainsKey(element);

    /// <summary>The relationships with an end in the container (the container itself or one of its components), in model order.</summary>
    public IReadOnlyList<Relationship> RelationshipsOf(string container)
        => _relationshipsByContainer.TryGetValue(container, out var relationships) ? relationships : NoRelationships;

    private void Add(string container, Relationship relationship)
    {
        if (!_relationshipsByContainer.TryGetValue(container, out var relationships))
        {
            _relationshipsByContainer[container] = relationships = [];
        }

        relationships.Add(relationship);
    }
}
