using ArchTemplates.Generator.Tests.Scenarios;

namespace ArchTemplates.Generator.Tests.Exports;

/// <summary>
/// With <c>ArchDocsLikeC4=true</c> the documentation project hands the build the model as a LikeC4 source, which the
/// LikeC4 CLI itself validates, reads and builds a static site from.
/// </summary>
public sealed class LikeC4ExportTests
{
    private static readonly string[] ElementKinds = ["people", "externalSystems", "containers", "components"];

    private static string Export(GeneratorHarness harness) => harness.WithProperty("ArchDocsLikeC4", "true").Run().Files()[DocumentationContract.LikeC4Name];

    [Fact]
    public void The_sensor_systems_model_is_valid_likec4_with_every_element_relationship_and_view_and_builds_a_site()
    {
        using var site = new TempDirectory("likec4-site");
        var run = SensorSystem.Harness().WithProperty("ArchDocsLikeC4", "true").Run();
        var json = SensorSystem.Harness().WithProperty("ArchDocsJsonModel", "true").Run().Files()[DocumentationContract.JsonModelName];
        var model = System.Text.Json.Nodes.JsonNode.Parse(json)!;

        var report = LikeC4Check.Run(run.Files()[DocumentationContract.LikeC4Name], site.Path);

        Assert.True(report.Valid, string.Join("\n", report.Errors));
        Assert.True(report.Site);
        var names = ElementKinds
            .SelectMany(kind => model[kind]!.AsArray().Select(element => (string)element!["name"]!));
        Assert.All(names, name => Assert.Contains(name, report.Elements.Values));
        Assert.Equal(model["relationships"]!.AsArray().Count, report.Relationships.Count);
        Assert.All(report.Relationships, relationship => Assert.Single(relationship.Tags, tag => tag is "verified" or "declared" or "inferred"));
        Assert.Contains(report.Relationships, relationship => relationship.Kind == "async");
        Assert.Contains(report.Views, view => view.Id == "index" && view.Title!.StartsWith("System Context", StringComparison.Ordinal) && view.Nodes > 0);
        Assert.Contains(report.Views, view => view.Id == "Containers" && view.Nodes > 0);
        Assert.Contains(report.Views, view => view.Type == "dynamic" && view.Nodes > 0);
        Assert.Equal(
            model["containers"]!.AsArray().Count(container => model["components"]!.AsArray().Any(component => (string)component!["container"]! == (string)container!["name"]!)),
            report.Views.Count(view => view.Id.StartsWith("ComponentsOf", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null, "../docs/adr/0001-publish%20readings.md")]
    [InlineData("/repo/architecture.c4", "./docs/adr/0001-publish%20readings.md")]
    [InlineData("/repo/docs/c4/architecture.c4", "../../docs/adr/0001-publish%20readings.md")]
    public void Each_element_links_to_its_decision_records_from_where_the_file_goes(string? likeC4Path, string expectedUrl)
    {
        using var site = new TempDirectory("likec4-site");
        var harness = new GeneratorHarness()
            .WithYaml("title: Sensors\ncontainers:\n  - name: Readings Store\n    kind: database\n")
            .WithDecision("0001-publish readings.md", "---\nstatus: accepted\ndate: 2026-11-01\n---\n\n# Publish readings through a broker\n");
        harness = likeC4Path is null ? harness : harness.WithPath("LikeC4Path", likeC4Path);
        var source = harness.WithProperty("ArchDocsLikeC4", "true")
            .Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Decision(1, Element = \"Readings Store\")]\n\n[ArchTemplates.Component(\"Reading Publisher\")]\n[ArchTemplates.Decision(1)]\npublic sealed class ReadingPublisher { }")
            .Files()[DocumentationContract.LikeC4Name];

        var report = LikeC4Check.Run(source, site.Path);

        Assert.True(report.Valid, string.Join("\n", report.Errors) + "\n" + source);
        var linked = report.Links.ToDictionary(element => report.Elements[element.Key], element => Assert.Single(element.Value));
        Assert.Equal(["Reading Publisher", "Readings Store"], linked.Keys.Order(StringComparer.Ordinal));
        Assert.All(linked.Values, link => Assert.Equal((expectedUrl, "ADR-0001 Publish readings through a broker"), (link.Url, link.Title)));
    }

    [Fact]
    public void Quotes_in_names_and_descriptions_survive_and_an_invalid_source_is_reported()
    {
        using var site = new TempDirectory("likec4-site");
        var source = Export(new GeneratorHarness().WithYaml("""
            title: Bob's "Shop"
            people:
              - name: Shop's owner
                description: Says "hello" and can't stop
            containers:
              - name: Web "App"
                description: It's the shop
            relationships:
              - from: Shop's owner
                to: Web "App"
                description: Runs the shop's "till"
            """));

        var report = LikeC4Check.Run(source, site.Path);
        Assert.True(report.Valid, string.Join("\n", report.Errors) + "\n" + source);
        Assert.Contains("Shop's owner", report.Elements.Values);
        Assert.Contains("Web \"App\"", report.Elements.Values);

        var broken = LikeC4Check.Run(source.Replace("views {", "views {{", StringComparison.Ordinal), site.Path);
        Assert.False(broken.Valid);
        Assert.NotEmpty(broken.Errors);
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes_and_nothing_is_exported_unless_asked()
    {
        Assert.Equal(Export(SensorSystem.Harness()), Export(SensorSystem.Harness()));
        Assert.DoesNotContain(DocumentationContract.LikeC4Name, SensorSystem.Render().Files().Keys);
    }
}
