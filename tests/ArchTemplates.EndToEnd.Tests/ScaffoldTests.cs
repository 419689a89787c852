using System.Xml.Linq;
using ArchTemplates.EndToEnd.Tests.Infrastructure;

namespace ArchTemplates.EndToEnd.Tests;

[Collection(PackagesGroup.Name)]
public sealed class ScaffoldTests(PackagesFixture packages)
{
    [Fact]
    public void Scaffolded_solution_builds_with_warnings_as_errors_and_generates_the_document()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--title", "Sensor Monitoring Platform");

        solution.Build().EnsureSuccess();

        var lines = File.ReadAllLines(solution.DocumentPath);
        Assert.Equal("# Architecture for Sensor Monitoring Platform", lines[0]);
        Assert.Contains("Status: Draft", lines);
    }

    [Fact]
    public void Scaffolded_solution_references_the_generator_at_exactly_the_pack_version()
    {
        using var solution = packages.Scaffold("Acme.Sensors");

        var props = XDocument.Load(solution.PathOf("Directory.Packages.props"));
        var generator = props.Descendants("PackageVersion").Single(element => (string?)element.Attribute("Include") == "ArchTemplates.Generator");
        Assert.Equal(packages.Version, (string?)generator.Attribute("Version"));
    }

    [Fact]
    public void Changing_the_title_in_architecture_yml_changes_the_first_line_on_the_next_build()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--title", "Sensor Monitoring Platform");
        solution.Build().EnsureSuccess();
        Assert.Equal("# Architecture for Sensor Monitoring Platform", File.ReadLines(solution.DocumentPath).First());

        var yml = solution.PathOf("architecture.yml");
        var text = File.ReadAllText(yml);
        Assert.Contains("title: \"Sensor Monitoring Platform\"", text, StringComparison.Ordinal);
        File.WriteAllText(yml, text.Replace("title: \"Sensor Monitoring Platform\"", "title: \"Fleet Telemetry\"", StringComparison.Ordinal));
        solution.Build().EnsureSuccess();

        Assert.Equal("# Architecture for Fleet Telemetry", File.ReadLines(solution.DocumentPath).First());
    }

    [Fact]
    public void A_title_with_quotes_and_backslashes_survives_into_the_yml_and_the_document()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--title", """Sensor "Edge" \ Cloud""");

        solution.Build().EnsureSuccess();

        Assert.Equal("""# Architecture for Sensor "Edge" \ Cloud""", File.ReadLines(solution.DocumentPath).First());
    }
}
