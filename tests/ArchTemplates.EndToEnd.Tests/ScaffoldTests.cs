using System.Xml.Linq;

namespace ArchTemplates.EndToEnd.Tests;

[Collection(PackagesGroup.Name)]
public sealed class ScaffoldTests(PackagesFixture packages)
{
    [Fact]
    public void Scaffolded_solution_builds_with_warnings_as_errors_and_generates_the_document()
    {
        var scaffold = BuiltScaffold.Default(packages);

        var lines = File.ReadAllLines(scaffold.Solution.DocumentPath);
        Assert.Equal("# Architecture for Sensor Monitoring Platform", lines[0]);
        Assert.Contains("Status: Draft", lines);
    }

    [Fact]
    public void Scaffolded_solution_references_the_generator_at_exactly_the_pack_version()
    {
        var scaffold = BuiltScaffold.Default(packages);

        var props = XDocument.Load(scaffold.Solution.PathOf("Directory.Packages.props"));
        Assert.Equal("true", props.Descendants("ManagePackageVersionsCentrally").Single().Value);
        var generator = props.Descendants("PackageVersion").Single(element => (string?)element.Attribute("Include") == "ArchTemplates.Generator");
        Assert.Equal(packages.Version, (string?)generator.Attribute("Version"));
    }

    [Fact]
    public void The_scaffolds_ci_build_with_the_drift_check_passes_right_after_a_build()
    {
        var scaffold = BuiltScaffold.Default(packages);
        var workflow = File.ReadAllText(scaffold.Solution.PathOf(".github", "workflows", "ci.yml"));
        Assert.Contains("dotnet build --no-restore -warnaserror -p:ArchDocsCheck=true", workflow, StringComparison.Ordinal);

        // What CI runs on a clone whose docs/ was committed after a local build: nothing to regenerate.
        scaffold.Solution.Build("-p:ArchDocsCheck=true").EnsureSuccess();
    }
}
