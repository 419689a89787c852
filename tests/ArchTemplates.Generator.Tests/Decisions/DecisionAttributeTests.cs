using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Decisions;

/// <summary>[Decision] links code's elements with decision records, in the project that owns the document and from the projects it references.</summary>
public sealed class DecisionAttributeTests
{
    private const string Source = "/repo/src/Acme.Sensors.Architecture/File0.cs";
    private const string Yaml = "title: Sensors\ncontainers:\n  - name: Readings Store\n    kind: database\n";
    private const string Broker = "---\nstatus: accepted\ndate: 2026-11-01\n---\n\n# Publish readings through a broker\n";

    private const string Gateway = """
        [assembly: ArchTemplates.Container("Gateway")]
        [assembly: ArchTemplates.Decision(1)]
        [assembly: ArchTemplates.Decision(1, Element = "Readings Store")]

        [ArchTemplates.Component("Reading Publisher")]
        [ArchTemplates.Decision(1)]
        public sealed class ReadingPublisher { }
        """;

    private static GeneratorHarness Harness() => new GeneratorHarness().WithYaml(Yaml).WithDecision("0001-publish-readings.md", Broker);

    [Fact]
    public void Decision_on_a_component_and_on_the_assembly_links_the_component_the_container_and_a_named_element()
    {
        var run = Harness().Run(Gateway);

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("| Gateway, Reading Publisher, Readings Store |", run.Document(), StringComparison.Ordinal);
        Assert.Contains("- Reading Publisher: ADR-0001 Publish readings through a broker", run.Document(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Links_in_a_referenced_project_reach_the_document_from_its_fragment_or_its_metadata(bool builtWithGenerator)
    {
        var run = Harness()
            .WithProjectReference(new TestProject("Acme.Gateway", "src/gateway", string.Empty, Gateway), builtWithGenerator)
            .Run();

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("| ADR-0001 | Publish readings through a broker (`docs/adr/0001-publish-readings.md`) | accepted | 2026-11-01 | Gateway, Reading Publisher, Readings Store |", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_no_record_has_is_ARCH021_at_the_attribute()
    {
        var run = Harness().Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n\n[ArchTemplates.Component(\"Reading Publisher\")]\n[ArchTemplates.Decision(7)]\npublic sealed class ReadingPublisher { }");

        Assert.Contains("[Decision(7)] on 'Reading Publisher' refers to ADR-0007, which no record", Message(Single(run, "ARCH021", Source, 4)), StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_on_a_type_that_is_not_a_component_is_ARCH022()
    {
        var run = Harness().Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[ArchTemplates.Decision(1)]\npublic sealed class Helper { }");

        Assert.Contains("'Helper' has [Decision] but no [Component]", Message(Single(run, "ARCH022", Source, 2)), StringComparison.Ordinal);
    }

    [Fact]
    public void Element_on_a_component_type_is_ARCH024_and_the_component_keeps_the_link()
    {
        var run = Harness().Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n\n[ArchTemplates.Component(\"Reading Publisher\")]\n[ArchTemplates.Decision(1, Element = \"Readings Store\")]\npublic sealed class ReadingPublisher { }");

        Assert.Contains("its Element = \"Readings Store\" is not used", Message(Single(run, "ARCH024", Source, 4)), StringComparison.Ordinal);
        Assert.Contains("| ADR-0001 | Publish readings through a broker (`docs/adr/0001-publish-readings.md`) | accepted | 2026-11-01 | Reading Publisher |", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Element_naming_the_component_itself_is_no_warning()
    {
        var run = Harness().Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n\n[ArchTemplates.Component(\"Reading Publisher\")]\n[ArchTemplates.Decision(1, Element = \"Reading Publisher\")]\npublic sealed class ReadingPublisher { }");

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void An_element_no_declaration_has_is_ARCH007_at_the_attribute()
    {
        var run = Harness().Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Decision(1, Element = \"Readings Stor\")]");

        Assert.Contains("did you mean 'Readings Store'", Message(Single(run, "ARCH007", Source, 2)), StringComparison.Ordinal);
    }
}
