using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Merging;

/// <summary>
/// Gives every relationship its provenance from what the code shows (interactions between containers, and uses
/// between components): a declared relationship the code shows is verified; one it does not show stays declared, and when it crosses containers whose code is there to show it,
/// that is ARCH207; what the code shows and nothing declares is added as inferred, between the containers for an
/// interaction and between the components for a use. A declaration always wins: no pair of ends gets an inferred
/// relationship next to a declared one.
/// </summary>
[Component("Provenance Check", Description = "Verifies declared relationships against what the code shows, and infers the ones nothing declares")]
internal sealed class RelationshipProvenance
{
    private readonly IReadOnlyList<CodeInteraction> _interactions;
    private readonly HashSet<(string From, string To)> _componentUses;
    private readonly List<(string From, string To)> _usesBeyondWiring;
    private readonly IReadOnlyList<(string From, string To)> _messageLinks;
    private readonly Dictionary<string, ElementKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _containerOfComponent;
    private readonly Dictionary<string, Container> _containers;
    private readonly HashSet<string> _projectsRead;

    /// <param name="interactions">The links between containers the code shows.</param>
    /// <param name="componentUses">The components each component's code reaches (<see cref="CodeFactKind.ComponentUse"/>), and whether only its registrations do.</param>
    /// <param name="messageLinks">The components that send a message type to those that consume it.</param>
    /// <param name="elements">The merged model's elements.</param>
    public RelationshipProvenance(
        IReadOnlyList<CodeInteraction> interactions,
        IReadOnlyList<(string From, string To, bool Wiring)> componentUses,
        IReadOnlyList<(string From, string To)> messageLinks,
        ArchitectureElements elements)
    {
        _interactions = interactions;
        _componentUses = [.. componentUses.Select(use => (use.From, use.To))];
        _usesBeyondWiring = [.. componentUses.Where(use => !use.Wiring).Select(use => (use.From, use.To))];
        _messageLinks = messageLinks;
        _projectsRead = new HashSet<string>(elements.ProjectsRead, StringComparer.Ordinal);
        _containers = elements.Containers.ToDictionary(container => container.Name, StringComparer.Ordinal);
        _containerOfComponent = elements.Components.ToDictionary(component => component.Name, component => component.Container.Name, StringComparer.Ordinal);
        foreach (var name in elements.People)
        {
            _kinds[name] = ElementKind.Person;
        }

        foreach (var name in elements.ExternalSystems)
        {
            _kinds[name] = ElementKind.ExternalSystem;
        }

        foreach (var name in _containers.Keys)
        {
            _kinds[name] = ElementKind.Container;
        }

        foreach (var name in _containerOfComponent.Keys)
        {
            _kinds[name] = ElementKind.Component;
        }
    }

    /// <summary>The declared container-level relationships the code could show and does not, once <see cref="Apply"/> has run.</summary>
    public List<Relationship> Unverified { get; } = [];

    /// <summary>
    /// The declared relationships with their provenance (those inferred from projects as they are), then the ones
    /// inferred from the code; ARCH207 for each declared container-level relationship the code could show and does
    /// not, at its declaration.
    /// </summary>
    public List<Relationship> Apply(IReadOnlyList<Declared<Relationship>> declared, List<DiagnosticInfo> diagnostics)
    {
        var relationships = new List<Relationship>();
        foreach (var item in declared)
        {
            var relationship = item.Element;
            if (relationship.Provenance == Provenance.Inferred)
            {
                // Inferred from the projects: nobody claimed it, so there is nothing to verify or report.
                relationships.Add(relationship);
                continue;
            }

            // What the code shows verifies a relationship wherever it was read; only where code can show it
            // (CodeCanShow) does its absence say something.
            var shown = Shown(relationship);
            if (!shown && CodeCanShow(relationship) && IsContainerLevel(relationship))
            {
                Unverified.Add(relationship);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnverifiedRelationship,
                    item.Location,
                    relationship.From.Name,
                    relationship.To.Name,
                    relationship.Description,
                    LookedFor(relationship)));
            }

            relationships.Add(relationship with { Provenance = shown ? Provenance.Verified : Provenance.Declared });
        }

        var declaredPairs = new HashSet<(string, string)>(declared
            .Select(item => (ContainerOf(item.Element.From.Name), ContainerOf(item.Element.To.Name)))
            .Where(pair => pair.Item1 is not null && pair.Item2 is not null)
            .Select(pair => (pair.Item1!, pair.Item2!)));
        foreach (var pair in _interactions.GroupBy(interaction => (interaction.FromContainer, interaction.ToContainer)).Where(pair => !declaredPairs.Contains(pair.Key)))
        {
            var shown = pair.OrderBy(interaction => interaction.Description, StringComparer.Ordinal).ToList();
            relationships.Add(new Relationship(
                new ElementReference(pair.Key.FromContainer),
                new ElementReference(pair.Key.ToContainer),
                string.Join("; ", shown.Select(interaction => interaction.Description).Distinct()),
                string.Join(", ", shown.Select(interaction => interaction.Technology).Distinct()),
                shown.All(interaction => interaction.Async),
                Provenance.Inferred));
        }

        relationships.AddRange(InferredBetweenComponents(declared));
        return relationships;
    }

    /// <summary>
    /// A component's code that reaches another component, by more than registering it, when nothing declares a
    /// relationship between the two, or between either and the other's container: a use, inferred as such.
    /// </summary>
    private IEnumerable<Relationship> InferredBetweenComponents(IReadOnlyList<Declared<Relationship>> declared)
    {
        var declaredEnds = new HashSet<(string, string)>(declared.Select(item => (item.Element.From.Name, item.Element.To.Name)));
        return _usesBeyondWiring
            .Where(use => Kind(use.From) == ElementKind.Component && Kind(use.To) == ElementKind.Component)
            .Where(use => !Ends(use.From).Any(from => Ends(use.To).Any(to => declaredEnds.Contains((from, to)))))
            .OrderBy(use => use.From, StringComparer.Ordinal)
            .ThenBy(use => use.To, StringComparer.Ordinal)
            .Select(use => new Relationship(new ElementReference(use.From), new ElementReference(use.To), "Uses", null, Async: false, Provenance.Inferred));
    }

    /// <summary>A component and its container: the ends a relationship that covers the component may name.</summary>
    private string[] Ends(string component) => [component, _containerOfComponent[component]];

    /// <summary>
    /// Whether code can show this relationship at all: both ends are containers or components (people and
    /// external systems have no code here), the source's container is a project whose code the generator read,
    /// and the target's is one too or a database, and the team did not mark it as one code cannot show
    /// (<c>Evidence = Evidence.None</c>, <c>evidence: none</c>). This is the one place that decides whether
    /// finding nothing in the code is worth reporting; a container spread over several projects (a test suite)
    /// has no single project, so a relationship from it is verified when shown and never reported when not.
    /// </summary>
    public bool CodeCanShow(Relationship relationship)
        => relationship.Evidence != global::ArchTemplates.Evidence.None
            && Container(relationship.From.Name) is { } source && IsRead(source)
            && Container(relationship.To.Name) is { } target && (IsRead(target) || target.Kind == ContainerKind.Database);

    private bool IsRead(Container container) => container.Project is not null && _projectsRead.Contains(container.Project);

    /// <summary>The container an end lies in, when it is one the model has (a component's may be unknown, ARCH007).</summary>
    private Container? Container(string end) => ContainerOf(end) is { } name && _containers.TryGetValue(name, out var container) ? container : null;

    /// <summary>
    /// The relationships this check reports: between different containers, with a container at one end at least.
    /// One between two components is component-level, which the conformance analyzer checks as code is typed.
    /// </summary>
    private bool IsContainerLevel(Relationship relationship)
        => ContainerOf(relationship.From.Name) != ContainerOf(relationship.To.Name)
            && (Kind(relationship.From.Name) == ElementKind.Container || Kind(relationship.To.Name) == ElementKind.Container);

    /// <summary>The interaction links the relationship's containers, from and to its components when it names them.</summary>
    private bool Shows(CodeInteraction interaction, Relationship relationship)
        => interaction.FromContainer == ContainerOf(relationship.From.Name)
            && interaction.ToContainer == ContainerOf(relationship.To.Name)
            && Matches(relationship.From.Name, interaction.FromComponent)
            && Matches(relationship.To.Name, interaction.ToComponent);

    /// <summary>
    /// Whether the code shows the relationship: an interaction between its containers; a component's code reaching
    /// another component, from the one (or its container) to the other (or its container); or a message sent by the
    /// source component, or a component its code reaches (a module's parts), and consumed by the target or a
    /// component the target's code reaches.
    /// </summary>
    private bool Shown(Relationship relationship)
    {
        var from = relationship.From.Name;
        var to = relationship.To.Name;
        return _interactions.Any(interaction => Shows(interaction, relationship))
            || _componentUses.Any(use => Covers(from, use.From) && Covers(to, use.To))
            || _messageLinks.Any(link => (Covers(from, link.From) || _componentUses.Contains((from, link.From)))
                && (Covers(to, link.To) || _componentUses.Contains((to, link.To))));
    }

    private bool Covers(string end, string component)
        => end == component || (Kind(end) == ElementKind.Container && _containerOfComponent.TryGetValue(component, out var container) && container == end);

    /// <summary>A component end is matched by code in that component, or by code outside any component (such as Program.cs).</summary>
    private bool Matches(string end, string? component)
        => Kind(end) != ElementKind.Component || component is null || component == end;

    private string LookedFor(Relationship relationship)
    {
        var from = ContainerOf(relationship.From.Name)!;
        var to = Container(relationship.To.Name)!;
        return to.Kind == ContainerKind.Database
            ? $"EF Core DbContext or database client{(to.Technology is null ? string.Empty : $" for {to.Technology}")} used in {from}'s code"
            : $"HTTP call in {from}'s code to an endpoint of {to.Name}, and no message that {from} publishes or sends and {to.Name} consumes";
    }

    private ElementKind? Kind(string name) => _kinds.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>The container an end lies in; null for a person or an external system.</summary>
    private string? ContainerOf(string name) => Kind(name) switch
    {
        ElementKind.Container => name,
        ElementKind.Component => _containerOfComponent[name],
        _ => null,
    };
}

/// <summary>
/// What provenance needs of the merged model: the names of people and external systems, the containers and
/// components, and the projects whose code was read for evidence.
/// </summary>
internal sealed record ArchitectureElements(
    IEnumerable<string> People,
    IEnumerable<string> ExternalSystems,
    IEnumerable<Container> Containers,
    IEnumerable<Component> Components,
    IEnumerable<string> ProjectsRead);
