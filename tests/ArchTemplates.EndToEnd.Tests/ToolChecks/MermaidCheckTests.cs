
namespace ArchTemplates.EndToEnd.Tests.ToolChecks;

/// <summary>Both fixture documents, rendered once in one browser session for the whole test class.</summary>
public sealed class MermaidRenderings : IDisposable
{
    public const string ValidDocument = "diagrams-valid.md";

    public const string BrokenDocument = "diagrams-broken.md";

    private readonly TempDirectory _svgs = new("mermaid-svgs");

    public MermaidRenderings()
    {
        var results = MermaidCheck.RenderAll(_svgs.Path, [Fixtures.PathOf(ValidDocument), Fixtures.PathOf(BrokenDocument)]);
        Valid = [.. results.Where(result => result.File.EndsWith(ValidDocument, StringComparison.Ordinal))];
        Broken = [.. results.Where(result => result.File.EndsWith(BrokenDocument, StringComparison.Ordinal))];
    }

    public IReadOnlyList<MermaidBlockResult> Valid { get; }

    public IReadOnlyList<MermaidBlockResult> Broken { get; }

    /// <summary>The result for the broken document's block that has a line starting with <paramref name="blockLine"/>.</summary>
    public MermaidBlockResult BrokenBlockWith(string blockLine)
    {
        var line = Fixtures.MermaidFenceLineOf(BrokenDocument, blockLine);
        return Assert.Single(Broken, result => result.Line == line);
    }

    public void Dispose() => _svgs.Dispose();
}

public sealed class MermaidCheckTests(MermaidRenderings renderings) : IClassFixture<MermaidRenderings>
{
    [Fact]
    public void C4_context_container_component_and_a_sequence_with_alt_else_opt_loop_and_note_render()
    {
        Assert.Equal(["C4Context", "C4Container", "C4Component", "sequenceDiagram"], renderings.Valid.Select(result => result.Kind));
        Assert.All(renderings.Valid, result => Assert.True(result.Ok, $"The block on line {result.Line} did not render: {result.Error}"));
    }

    [Fact]
    public void A_rendered_diagram_draws_every_element()
    {
        var container = Assert.Single(renderings.Valid, result => result.Kind == "C4Container");
        var texts = MermaidCheck.TextsOf(Assert.IsType<string>(container.Svg));

        foreach (var label in new[] { "Operator", "Sensors", "Gateway", "Processor", "Readings Database", "Reading Queue", "Notifier", "[Container: PostgreSQL]", "Raises alerts with" })
        {
            Assert.Contains(label, texts);
        }
    }

    [Fact]
    public void Every_block_is_reported_on_its_own_with_the_line_of_its_opening_fence()
    {
        Assert.Equal(Fixtures.MermaidFenceLines(MermaidRenderings.BrokenDocument), renderings.Broken.Select(result => result.Line));
        Assert.True(renderings.BrokenBlockWith("title This one is fine").Ok);
    }

    [Fact]
    public void The_labels_checked_in_a_drawing_are_those_of_elements_boundaries_and_relationships()
    {
        string[] block =
        [
            "C4Container",
            "  title Containers",
            "  System_Boundary(platform, \"Edge 'Sensors' \\ Cloud\") {",
            "    Container(gateway, \"Gateway\", \"ASP.NET Core\", \"Ingests readings\")",
            "  }",
            "  Rel(gateway, platform, \"Sends order #35;42#59; then waits\", \"HTTP\")",
            "  BiRel_D(gateway, platform, \"Syncs with\")",
        ];

        Assert.Equal(["Edge 'Sensors' \\ Cloud", "Gateway", "Sends order #42; then waits", "Syncs with"], MermaidCheck.DeclaredLabels(block));
    }

    [Fact]
    public void Every_declared_label_of_the_container_diagram_is_drawn()
    {
        var container = Assert.Single(renderings.Valid, result => result.Kind == "C4Container");
        var lines = File.ReadAllLines(Fixtures.PathOf(MermaidRenderings.ValidDocument)).Skip(container.Line).TakeWhile(line => line != "```");
        var drawn = MermaidCheck.TextsOf(Assert.IsType<string>(container.Svg));

        Assert.Contains("Sensor Monitoring Platform", MermaidCheck.DeclaredLabels(lines));
        Assert.Contains("Raises alerts with", MermaidCheck.DeclaredLabels(lines));
        Assert.All(MermaidCheck.DeclaredLabels(lines), label => Assert.Contains(label, drawn));
    }

    [Fact]
    public void A_sequence_with_an_unclosed_alt_fails_with_the_parsers_message()
    {
        var result = renderings.BrokenBlockWith("alt Reading above threshold");

        Assert.False(result.Ok);
        Assert.Equal("sequenceDiagram", result.Kind);
        Assert.StartsWith("Parse error on line 7", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_C4_relationship_to_an_undeclared_element_fails()
    {
        var result = renderings.BrokenBlockWith("Rel(gateway, processor");

        Assert.False(result.Ok);
        Assert.Contains("\"gateway\" -> \"processor\" references an unknown shape", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaids_error_diagram_counts_as_a_failure()
    {
        var result = renderings.BrokenBlockWith("error");

        Assert.False(result.Ok);
        Assert.Contains("Syntax error in text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_whose_fence_is_never_closed_fails()
    {
        var result = renderings.BrokenBlockWith("Sensor->>Gateway: this fence is never closed");

        Assert.False(result.Ok);
        Assert.Contains("never closed", result.Error, StringComparison.Ordinal);
    }
}
