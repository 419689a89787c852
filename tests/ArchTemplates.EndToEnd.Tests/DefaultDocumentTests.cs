using System.Text.RegularExpressions;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// The default scaffold, built once through the real packages, tells the architecture template's own example
/// story from code: every section in order, the C4 diagrams, the Recording Alerts sequence, the Sensor Reading
/// schema and a technology table with versions — and every diagram renders in the real Mermaid renderer.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class DefaultDocumentTests(PackagesFixture packages)
{
    private ArchitectureDocument Document => ArchitectureDocument.Load(BuiltScaffold.Default(packages).Solution.DocumentPath);

    [Fact]
    public void Every_section_of_the_template_is_present_in_order()
    {
        Document.AssertTemplateSectionsInOrder();
    }

    [Fact]
    public void The_teams_prompts_stay_in_architecture_yml_and_out_of_the_document()
    {
        Assert.DoesNotContain("TODO", Document.Text, StringComparison.Ordinal);
        Assert.Contains("# TODO:", File.ReadAllText(Path.Combine(BuiltScaffold.Default(packages).Solution.Root, "architecture.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_diagrams_are_a_C4_context_a_C4_container_one_C4_component_per_container_and_the_sequence()
    {
        var document = Document;

        Assert.Contains("Person(e_operator, \"Operator\"", document.MermaidBlock("C4Context"), StringComparison.Ordinal);
        Assert.Contains("System_Ext(e_sensor, \"Sensor\"", document.MermaidBlock("C4Context"), StringComparison.Ordinal);
        var containers = document.MermaidBlock("C4Container");
        Assert.All(
            ["ContainerDb(e_database, \"Database\"", "Container(e_gateway, \"Gateway\"", "Container(e_processor, \"Processor\"", "Container(e_analytics, \"Analytics\"", "Container(e_notifier, \"Notifier\""],
            element => Assert.Contains(element, containers, StringComparison.Ordinal));
        Assert.Equal(["Analytics", "Database", "Gateway", "Notifier", "Processor"], document.ComponentViewHeadings());
        Assert.All(document.ComponentViewHeadings(), container => document.MermaidBlock("C4Component", "#### " + container));
    }

    [Fact]
    public void The_scaffolds_decision_records_are_listed_with_the_components_its_code_links_them_to()
    {
        var decisions = Document.Section("## Architecture Decisions");

        Assert.Contains("| ADR-0001 | Record architecture decisions (`docs/adr/0001-record-architecture-decisions.md`) | accepted |", decisions, StringComparison.Ordinal);
        Assert.Contains("| Alert Consumer, Reading Consumer, Readings Endpoint |", decisions, StringComparison.Ordinal);
        Assert.Contains("- Reading Consumer: ADR-0002 Exchange readings and alerts as messages", decisions, StringComparison.Ordinal);
    }

    /// <summary>A relationship line with the operator or the sensor at one end: what no code can show.</summary>
    internal const string WithAPersonOrExternalSystem = "^- (Operator|Sensor) → |→ (Operator|Sensor): ";

    [Fact]
    public void Every_relationship_its_code_can_show_is_verified_and_nothing_is_unverified_or_inferred()
    {
        var document = Document;
        var conformance = document.Section("### Conformance");

        Assert.Contains(" 0 inferred from the code.", conformance, StringComparison.Ordinal);
        // Declared only: what no code can show, the relationships with the operator and the sensor. Every other one,
        // between containers and between components, the code shows.
        Assert.Contains("- Reading Consumer → Threshold Evaluator: Checks readings with — verified in code", document.Relationships());
        Assert.Contains("- Alert Consumer → Alert Delivery: Delivers alert messages through — verified in code", document.Relationships());
        Assert.All(document.UnverifiedRelationships(), relationship => Assert.Matches(WithAPersonOrExternalSystem, relationship));

        Assert.DoesNotContain("(ARCH207)", conformance, StringComparison.Ordinal);
        Assert.DoesNotContain("Found in the code, not declared", conformance, StringComparison.Ordinal);
        Assert.All(
            [
                "- Gateway → Processor: Publishes readings to (MassTransit, async) — verified in code",
                "- Processor → Database: Stores readings and alerts in (EF Core) — verified in code",
                "- Processor → Notifier: Publishes alerts to (MassTransit, async) — verified in code",
                "- Analytics → Database: Reads reading history from (EF Core) — verified in code",
            ],
            relationship => Assert.Contains(relationship, document.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_recording_alerts_sequence_has_its_alternative()
    {
        var sequence = Document.MermaidBlock("sequenceDiagram", "### Sequence Diagram for Recording Alerts");

        Assert.Contains("e_sensor->>e_gateway: Send sensor reading", sequence, StringComparison.Ordinal);
        Assert.Contains("e_gateway-)e_processor: Publish reading", sequence, StringComparison.Ordinal);
        Assert.Contains("e_processor-)e_notifier: Publish alert", sequence, StringComparison.Ordinal);
        Assert.Contains("    alt Is threshold exceeded\n", sequence, StringComparison.Ordinal);
        Assert.Contains("    else Normal reading\n", sequence, StringComparison.Ordinal);
        Assert.Contains("e_gateway-->>e_sensor: Send acknowledgement (202 Accepted)", sequence, StringComparison.Ordinal);
        // Nothing answers the gateway after its 202: the processor and the notifier work asynchronously.
        Assert.DoesNotContain("-->>e_gateway", sequence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sensor_reading_schema_comes_from_the_csharp_record_and_is_a_valid_json_schema()
    {
        var scaffold = BuiltScaffold.Default(packages);
        var schemaPath = scaffold.Solution.PathOf("docs", "schemas", "sensor-reading.schema.json");
        var schema = File.ReadAllText(schemaPath);

        Assert.Contains("\"sensor_id\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"calibration_date\"", schema, StringComparison.Ordinal);
        // The file's marker carries the content hash the build stamps on what it writes; the document shows the schema as generated.
        var stamp = Regex.Match(schema, "archtemplates:generated( hash=[0-9a-f]{16}):");
        Assert.True(stamp.Success, schema);
        Assert.Contains(schema.Remove(stamp.Groups[1].Index, stamp.Groups[1].Length).TrimEnd('\n'), Document.Section("### Sensor Reading Schema"), StringComparison.Ordinal);
        var compiled = JsonSchemaCheck.CompileSchema(schemaPath);
        Assert.True(compiled.Ok, compiled.ToString());
        var (valid, errors) = JsonSchemaCheck.Validate(schemaPath, """
            { "sensor_id": "s-1", "timestamp": "2026-11-25T12:00:00+01:00",
              "readings": { "temperature": 21.5, "pressure": 1013.2, "humidity": 40 },
              "metadata": { "location": "Hall 3", "calibration_date": "2026-01-10T00:00:00Z" } }
            """);
        Assert.True(valid, string.Join('\n', errors));
    }

    [Fact]
    public void The_technology_table_has_the_real_versions_of_the_projects_references()
    {
        var table = Document.Section("## Technology Table");

        Assert.Contains("| .NET | 10.0 | Runtime and language (C#) of every service |", table, StringComparison.Ordinal);
        Assert.Contains("| Microsoft.Extensions.Hosting | 10.0.0 |", table, StringComparison.Ordinal);
        Assert.Contains("| MassTransit | 8.5.12 |", table, StringComparison.Ordinal);
        Assert.Contains("| MassTransit.RabbitMQ | 8.5.12 |", table, StringComparison.Ordinal);
        Assert.Contains("| Microsoft.EntityFrameworkCore.Sqlite | 10.0.15 |", table, StringComparison.Ordinal);
        Assert.Contains("| Npgsql.EntityFrameworkCore.PostgreSQL | 10.0.3 |", table, StringComparison.Ordinal);
        Assert.Contains($"| ArchTemplates.Generator | {packages.Version} |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mermaid_block_renders_in_the_real_renderer()
    {
        using var svg = new TempDirectory("default-document-svg");

        var blocks = MermaidCheck.AssertEveryBlockRenders(BuiltScaffold.Default(packages).Solution.DocumentPath, svg.Path);

        Assert.Equal(["C4Context", "C4Container", "C4Component", "C4Component", "C4Component", "C4Component", "C4Component", "sequenceDiagram"], blocks.Select(block => block.Kind));
    }
}
