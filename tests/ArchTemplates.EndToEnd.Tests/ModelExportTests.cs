using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// <c>-p:ArchDocsJsonModel=true</c> on a scaffold built through the real packages: the model as JSON is written beside
/// the document, satisfies the JSON Schema the package ships (checked with Ajv), carries what the code verified, and
/// falls under the same drift check as the document.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class ModelExportTests(PackagesFixture packages)
{
    [Fact]
    public void The_model_as_json_satisfies_the_packaged_schema_and_the_drift_check_covers_it()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--tests", "false", "--ci", "none");
        var build = solution.Build("-p:ArchDocsJsonModel=true").EnsureSuccess();
        var exported = solution.PathOf("docs", "architecture.json");
        Assert.Contains("ArchTemplates: wrote " + exported, build.Output, StringComparison.Ordinal);

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

        solution.Build("-p:ArchDocsJsonModel=true", "-p:ArchDocsCheck=true").EnsureSuccess();
        var yaml = solution.PathOf("architecture.yml");
        const string title = "title: \"Sensor Monitoring Platform\"";
        Assert.Contains(title, File.ReadAllText(yaml), StringComparison.Ordinal);
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace(title, "title: \"Fleet Telemetry\"", StringComparison.Ordinal));
        var stale = solution.Build("-p:ArchDocsJsonModel=true", "-p:ArchDocsCheck=true");
        Assert.NotEqual(0, stale.ExitCode);
        Assert.Contains("docs/architecture.json: differs", stale.Output, StringComparison.Ordinal);
    }
}
