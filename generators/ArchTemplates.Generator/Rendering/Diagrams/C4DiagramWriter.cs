using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering.Escaping;

namespace ArchTemplates.Generator.Rendering.Diagrams;

/// <summary>
/// Writes Mermaid C4 diagrams of the model. A relationship appears in every diagram that shows both of its
/// ends, an end that is not shown at that level being lifted to what contains it (a component to its
/// container, anything inside the system to the system). Verified and inferred relationships are coloured
/// (<see cref="ProvenanceStyle"/>); declared-only ones keep the default line.
/// </summary>
[Component("Diagram Writers", Description = "Write the Mermaid C4 context, container and component diagrams and the sequence diagrams")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.TextEscaping, "Escapes diagram texts with")]
internal sealed class C4DiagramWriter(ArchitectureModel model, DiagramIds ids, ModelIndex index)
{
    private const string SystemId = "system";

    private readonly HashSet<string> _people = new(model.People.Select(person => person.Name), StringComparer.Ordinal);
    private readonly HashSet<string> _externalSystems = new(model.ExternalSystems.Select(system => system.Name), StringComparer.Ordinal);

    /// <summary>Level 1: the system, its users and the systems around it.</summary>
    public string Context()
    {
        var diagram = new StringBuilder("C4Context\n");
        diagram.Append("    title System Context diagram for ").Append(MermaidText.Encoded(model.Title)).Append('\n');
        foreach (var person in model.People)
        {
            Macro(diagram, 1, "Person", ids[person.Name], person.Name, person.Description);
        }

        Macro(diagram, 1, "System", SystemId, model.Title, model.Summary is null ? null : FirstSentence(model.Summary));
        foreach (var system in model.ExternalSystems)
        {
            Macro(diagram, 1, "System_Ext", ids[system.Name], system.Name, system.Description);
        }

        WriteRelationships(diagram, Lift(name => _people.Contains(name) || _externalSystems.Contains(name) ? ids[name] : SystemId));
        return diagram.ToString();
    }

    /// <summary>Level 2: the containers inside the system boundary, with users and external systems.</summary>
    public string Containers()
    {
        var diagram = new StringBuilder("C4Container\n");
        diagram.Append("    title Container diagram for ").Append(MermaidText.Encoded(model.Title)).Append('\n');
        foreach (var person in model.People)
        {
            Macro(diagram, 1, "Person", ids[person.Name], person.Name, person.Description);
        }

        diagram.Append("    System_Boundary(").Append(SystemId).Append(", \"").Append(MermaidText.Encoded(model.Title)).Append("\") {\n");
        foreach (var container in model.Containers)
        {
            WriteContainer(diagram, 2, container);
        }

        diagram.Append("    }\n");
        foreach (var system in model.ExternalSystems)
        {
            Macro(diagram, 1, "System_Ext", ids[system.Name], system.Name, system.Description);
        }

        WriteRelationships(diagram, Lift(name => ids[index.ContainerOf(name)]));
        return diagram.ToString();
    }

    /// <summary>
    /// Level 3: one container's components, with the elements they interact with. The container's own
    /// relationships (declared on its assembly) are drawn from its boundary.
    /// </summary>
    public string Components(Container container)
    {
        var diagram = new StringBuilder("C4Component\n");
        diagram.Append("    title Component diagram for ").Append(MermaidText.Encoded(container.Name)).Append('\n');
        var inside = index.Components[container.Name].ToList();
        var insideNames = new HashSet<string>(inside.Select(component => component.Name), StringComparer.Ordinal);
        // Element ids all start "e_" (DiagramIds), so a boundary's cannot be an element's ("Gateway Boundary").
        var containerId = inside.Count == 0 ? ids[container.Name] : "boundary_" + ids[container.Name];

        // Outside this container, components stand for their containers.
        string Show(string name) => insideNames.Contains(name) ? name : index.ContainerOf(name);
        bool IsInside(string name) => insideNames.Contains(name) || name == container.Name;
        var relationships = index.RelationshipsOf(container.Name)
            .Select(relationship => (From: Show(relationship.From.Name), To: Show(relationship.To.Name), Relationship: relationship))
            .Where(edge => edge.From != edge.To && (IsInside(edge.From) || IsInside(edge.To)))
            .ToList();

        var neighbours = new SortedSet<string>(
            relationships.SelectMany(edge => new[] { edge.From, edge.To }).Where(name => !IsInside(name)),
            StringComparer.Ordinal);
        foreach (var person in model.People.Where(person => neighbours.Contains(person.Name)))
        {
            Macro(diagram, 1, "Person", ids[person.Name], person.Name, person.Description);
        }

        if (inside.Count == 0)
        {
            WriteContainer(diagram, 1, container);
        }
        else
        {
            diagram.Append("    Container_Boundary(").Append(containerId).Append(", \"").Append(MermaidText.Encoded(container.Name)).Append("\") {\n");
            foreach (var component in inside)
            {
                Macro(diagram, 2, "Component", ids[component.Name], component.Name, component.Description, component.Technology ?? container.Technology ?? string.Empty);
            }

            diagram.Append("    }\n");
        }

        foreach (var neighbour in model.Containers.Where(candidate => neighbours.Contains(candidate.Name)))
        {
            WriteContainer(diagram, 1, neighbour);
        }

        foreach (var system in model.ExternalSystems.Where(system => neighbours.Contains(system.Name)))
        {
            Macro(diagram, 1, "System_Ext", ids[system.Name], system.Name, system.Description);
        }

        string Id(string name) => name == container.Name ? containerId : ids[name];
        WriteRelationships(diagram, relationships.Select(edge => (Id(edge.From), Id(edge.To), edge.Relationship)));
        return diagram.ToString();
    }

    private IEnumerable<(string From, string To, Relationship Relationship)> Lift(Func<string, string> shownAs)
        => model.Relationships
            .Select(relationship => (From: shownAs(relationship.From.Name), To: shownAs(relationship.To.Name), Relationship: relationship))
            .Where(edge => edge.From != edge.To);

    /// <summary>
    /// One arrow per pair of shown elements — several relationships lifted onto the same pair would draw over
    /// each other. Relationships that share a technology and interaction are labelled with their descriptions
    /// and that technology once; otherwise each description carries its own: "Forwards readings to (HTTP/JSON); Pings".
    /// </summary>
    private static void WriteRelationships(StringBuilder diagram, IEnumerable<(string From, string To, Relationship Relationship)> edges)
    {
        foreach (var pair in edges.GroupBy(edge => (edge.From, edge.To)))
        {
            var labels = pair.Select(edge => (edge.Relationship.Description, Technology: TechnologyOf(edge.Relationship))).Distinct().ToList();
            var shared = labels.Select(label => label.Technology).Distinct().Count() == 1;
            var description = string.Join("; ", labels.Select(label => shared || label.Technology is null ? label.Description : $"{label.Description} ({label.Technology})"));

            diagram.Append("    Rel(").Append(pair.Key.From).Append(", ").Append(pair.Key.To).Append(", \"").Append(MermaidText.Encoded(description)).Append('"');
            if (shared && labels[0].Technology is { } technology)
            {
                diagram.Append(", \"").Append(MermaidText.Encoded(technology)).Append('"');
            }

            diagram.Append(")\n");
            if (ProvenanceStyle.Colour(Weakest(pair.Select(edge => edge.Relationship.Provenance))) is { } colour)
            {
                diagram.Append("    UpdateRelStyle(").Append(pair.Key.From).Append(", ").Append(pair.Key.To)
                    .Append(", $textColor=\"").Append(colour).Append("\", $lineColor=\"").Append(colour).Append("\")\n");
            }
        }
    }

    /// <summary>What one arrow for several relationships claims: declared only if any is, else inferred if any is, else verified.</summary>
    private static Provenance Weakest(IEnumerable<Provenance> provenances)
    {
        var all = provenances.ToList();
        return all.Contains(Provenance.Declared) ? Provenance.Declared : all.Contains(Provenance.Inferred) ? Provenance.Inferred : Provenance.Verified;
    }

    /// <summary>The technology and interaction as the Component View lists them: "AMQP, async", "async", or null for a sync relationship without one.</summary>
    private static string? TechnologyOf(Relationship relationship)
        => relationship.Async ? (relationship.Technology is null ? "async" : relationship.Technology + ", async") : relationship.Technology;

    private void WriteContainer(StringBuilder diagram, int depth, Container container)
    {
        var macro = container.Kind switch
        {
            ContainerKind.Database => "ContainerDb",
            ContainerKind.Queue => "ContainerQueue",
            _ => "Container",
        };
        Macro(diagram, depth, macro, ids[container.Name], container.Name, container.Description, container.Technology ?? string.Empty);
    }

    /// <summary>Writes <c>Macro(id, "label", ["technology",] "description")</c>; C4 macros take the technology before the description.</summary>
    private static void Macro(StringBuilder diagram, int depth, string macro, string id, string label, string? description, string? technology = null)
    {
        diagram.Append(' ', depth * 4).Append(macro).Append('(').Append(id).Append(", \"").Append(MermaidText.Shape(label)).Append('"');
        if (technology is not null)
        {
            diagram.Append(", \"").Append(MermaidText.Shape(technology)).Append('"');
        }

        diagram.Append(", \"").Append(MermaidText.Shape(description)).Append("\")\n");
    }

    private static string FirstSentence(string text)
    {
        var flat = text.Replace('\n', ' ').Trim();
        var end = flat.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? flat : flat.Substring(0, end + 1);
    }
}
