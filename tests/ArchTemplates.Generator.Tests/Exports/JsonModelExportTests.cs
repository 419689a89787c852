using System.Text.Json.Nodes;
using ArchTemplates.Generator.Exports;
using ArchTemplates.Generator.Tests.Scenarios;

namespace ArchTemplates.Generator.Tests.Exports;

/// <summary>
/// With <c>ArchDocsJsonModel=true</c> the documentation project hands the build the merged model as JSON, which the
/// published schema (docs/architecture-model.schema.json) describes: checked with Ajv, a real validator.
/// </summary>
public sealed class JsonModelExportTests
{
    private static readonly string SchemaPath = Path.Combine(Repository.Root, "docs", "architecture-model.schema.json");

    private static string Export()
        => SensorSystem.Harness()
            .WithProperty("ArchDocsJsonModel", "true")
            .WithDecision("0001-poll-the-gateway.md", "---\nstatus: superseded by ADR-0002\ndate: 2026-11-01\nelements: [Gateway]\n---\n# Poll the gateway\n")
            .WithDecision("0002-push-readings.md", "---\nstatus: accepted\nelements: [Gateway, Processor]\n---\n# Push readings\n")
            .Run()
            .Files()[DocumentationContract.JsonModelName];

    [Fact]
    public void The_published_schema_is_a_valid_json_schema_and_the_export_of_a_whole_system_satisfies_it()
    {
        Assert.True(JsonSchemaCheck.CompileSchema(SchemaPath).Ok);

        var (valid, errors) = JsonSchemaCheck.Validate(SchemaPath, Export());

        Assert.True(valid, string.Join("\n", errors));
    }

    [Fact]
    public void The_validation_fails_when_the_export_breaks_the_schema()
    {
        var model = JsonNode.Parse(Export())!.AsObject();
        model["relationships"]![0]!["provenance"] = "guessed";

        var (valid, errors) = JsonSchemaCheck.Validate(SchemaPath, model.ToJsonString());

        Assert.False(valid);
        Assert.Contains(errors, error => error.Contains("/relationships/0/provenance", StringComparison.Ordinal));
    }

    [Fact]
    public void The_export_carries_each_relationships_provenance_the_sequences_the_decisions_and_where_the_schemas_are()
    {
        var model = JsonNode.Parse(Export())!.AsObject();

        Assert.Equal(1, (int)model["format"]!);
        Assert.Equal(JsonModelExport.SchemaId, (string?)model["$schema"]);
        Assert.StartsWith(GeneratedFileMarker.Token, (string?)model["$comment"], StringComparison.Ordinal);
        var relationships = model["relationships"]!.AsArray().Select(node => node!.AsObject()).ToList();
        Assert.Contains(relationships, relationship => (string?)relationship["provenance"] == "verified");
        Assert.All(relationships, relationship => Assert.True((string?)relationship["interaction"] is "sync" or "async"));
        Assert.Contains(model["dataModels"]!.AsArray(), dataModel => (string?)dataModel!["schema"] == "docs/schemas/sensor-reading.schema.json");
        Assert.NotEmpty(model["sequences"]![0]!["steps"]!.AsArray());
        Assert.Equal(
            """[{"number":1,"title":"Poll the gateway","status":"superseded","supersededBy":2,"date":"2026-11-01","elements":["Gateway"],"path":"docs/adr/0001-poll-the-gateway.md"},"""
                + """{"number":2,"title":"Push readings","status":"accepted","elements":["Gateway","Processor"],"path":"docs/adr/0002-push-readings.md"}]""",
            model["decisions"]!.ToJsonString());
        Assert.Equal(
            model["containers"]!.AsArray().Select(container => (string?)container!["name"]).Order(StringComparer.Ordinal),
            model["containers"]!.AsArray().Select(container => (string?)container!["name"]));
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes_and_nothing_is_exported_unless_asked()
    {
        Assert.Equal(Export(), Export());
        Assert.DoesNotContain(DocumentationContract.JsonModelName, SensorSystem.Render().Files().Keys);
    }
}
