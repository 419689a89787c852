using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering;
using ArchTemplates.Generator.Rendering.Diagrams;
using static ArchTemplates.Generator.Tests.Rendering.ModelParts;

namespace ArchTemplates.Generator.Tests.Rendering;

/// <summary>Relationships drawn as one C4 arrow (the same pair of shown elements) keep each description with its own technology and interaction.</summary>
public sealed class MergedRelationshipLabelTests
{
    private static readonly EquatableArray<Container> Containers = Array(
        new Container("Gateway", "Ingests readings", ".NET", ContainerKind.Service, null),
        new Container("Processor", "Processes readings", ".NET", ContainerKind.Service, null));

    private static readonly EquatableArray<Component> Components = Array(Component("Readings Endpoint", "Gateway"), Component("Health Probe", "Gateway"));

    [Fact]
    public void Relationships_with_different_technologies_name_each_technology_beside_its_description()
    {
        // Two are the container's own, two are lifted from its components.
        var diagram = ContainerDiagram(
            new Relationship(new("Readings Endpoint"), new("Processor"), "Forwards readings to", "HTTP/JSON", false),
            new Relationship(new("Health Probe"), new("Processor"), "Pings", null, false),
            new Relationship(new("Gateway"), new("Processor"), "Publishes alerts to", "AMQP", true),
            new Relationship(new("Gateway"), new("Processor"), "Wakes", null, true));

        Assert.Contains("    Rel(e_gateway, e_processor, \"Forwards readings to (HTTP/JSON)#59; Pings#59; Publishes alerts to (AMQP, async)#59; Wakes (async)\")\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Relationships_sharing_a_technology_share_the_technology_label()
    {
        var diagram = ContainerDiagram(
            new Relationship(new("Readings Endpoint"), new("Processor"), "Forwards readings to", "HTTP/JSON", false),
            new Relationship(new("Health Probe"), new("Processor"), "Pings", "HTTP/JSON", false),
            new Relationship(new("Gateway"), new("Processor"), "Pings", "HTTP/JSON", false));

        Assert.Contains("    Rel(e_gateway, e_processor, \"Forwards readings to#59; Pings\", \"HTTP/JSON\")\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void The_merged_label_renders_in_mermaid_and_is_drawn()
    {
        using var directory = new TempDirectory("merged-relationships");
        var model = Model(
            new Relationship(new("Gateway"), new("Processor"), "Forwards readings to", "HTTP/JSON", false),
            new Relationship(new("Gateway"), new("Processor"), "Pings", null, true));
        var path = directory.Combine("architecture.md");
        File.WriteAllText(path, DocumentRenderer.Render(model, null, "schemas", DocumentRenderer.DefaultTimeout, CancellationToken.None).Markdown);

        var blocks = MermaidCheck.AssertEveryBlockRenders(path, directory.Combine("svg"));

        var container = Assert.Single(blocks, block => block.Kind == "C4Container");
        Assert.Contains("Forwards readings to (HTTP/JSON); Pings (async)", string.Join(' ', MermaidCheck.TextsOf(container.Svg!)), StringComparison.Ordinal);
    }

    private static string ContainerDiagram(params Relationship[] relationships)
    {
        var model = Model(relationships);
        return new C4DiagramWriter(model, new DiagramIds(model), new ModelIndex(model)).Containers();
    }

    private static ArchitectureModel Model(params Relationship[] relationships)
        => Empty with { Containers = Containers, Components = Components, Relationships = Array(relationships) };
}
