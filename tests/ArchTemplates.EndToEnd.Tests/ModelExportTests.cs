using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// <c>-p:ArchDocsJsonModel=true -p:ArchDocsLikeC4=true</c> on a scaffold built through the real packages: the model as
/// JSON satisfies the JSON Schema the package ships (checked with Ajv) and carries what the code verified; the LikeC4
/// source is valid to the LikeC4 CLI, which builds the site from it; both fall under the document's drift check.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class ModelExportTests(PackagesFixture packages)
{
    [Fact]
    public void The_exports_satisfy_their_tools_and_the_drift_check_covers_them()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--tests", "false", "--ci", "none");
        string[] exports = ["-p:ArchDocsJsonModel=true", "-p:ArchDocsLikeC4=true"];
        var build = solution.Build(exports).EnsureSuccess();
        var exported = solution.PathOf("docs", "architecture.json");
        Assert.Contains("ArchTemplates: wrote " + exported, build.Output, StringComparison.Ordinal);

        using var site = new TempDirectory("likec4-site");
        var likeC4 = LikeC4Check.Run(File.ReadAllText(solution.PathOf("docs", "architecture.c4")), site.Path);
        Assert.True(likeC4.Valid, string.Join("\n", likeC4.Errors));
        Assert.True(likeC4.Site);
        Assert.Contains(likeC4.Relationships, relationship => relationship.Tags.Contains("verified"));
        var links = likeC4.Links.Values.SelectMany(elementLinks => elementLinks).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(solution.PathOf("docs"), link.Url)), link.Url + " is no file beside docs/architecture.c4"));

        using var schema = new TempDirectory("model-schema");
        var schemaPath = schema.Combine("architecture-model.schema.json");
        using (var package = ZipFile.OpenRead(packages.GeneratorPackage))
        {
            package.GetEntry("schemas/architecture-model.schema.json")!.ExtractToFile(schemaPath);
        }

        var (valid, errors) = JsonSchemaCheck.Validate(schemaPath, File.ReadAllText(exported));
        Assert.True(valid, string.Join("\n", errors));
        var relationships = JsonNode.Parse(File.ReadAllText(exported))!["relationships"]!.AsArray();
        Assert.Contains(relationships, relationship => (string?)relationship!["provenance"] == "verified");

        solution.Build([.. exports, "-p:ArchDocsCheck=true"]).EnsureSuccess();
        var yaml = solution.PathOf("architecture.yml");
        const string title = "title: \"Sensor Monitoring Platform\"";
        Assert.Contains(title, File.ReadAllText(yaml), StringComparison.Ordinal);
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace(title, "title: \"Fleet Telemetry\"", StringComparison.Ordinal));
        var stale = solution.Build([.. exports, "-p:ArchDocsCheck=true"]);
        Assert.NotEqual(0, stale.ExitCode);
        Assert.Contains("docs/architecture.json: differs", stale.Output, StringComparison.Ordinal);
        Assert.Contains("docs/architecture.c4: differs", stale.Output, StringComparison.Ordinal);
    }
}
