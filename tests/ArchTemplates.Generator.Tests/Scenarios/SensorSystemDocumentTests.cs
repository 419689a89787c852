using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests.Scenarios;

/// <summary>The sensor system of the template's examples, rendered once and checked section by section and by the real Mermaid renderer.</summary>
public sealed partial class SensorSystemDocumentTests(SensorSystemDocumentTests.Rendered rendered) : IClassFixture<SensorSystemDocumentTests.Rendered>
{
    [Fact]
    public void The_run_reports_no_diagnostic_and_the_generated_code_compiles_cleanly()
    {
        Assert.Empty(rendered.Run.Diagnostics);
        Assert.Empty(rendered.Run.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Every_section_of_the_template_is_present_in_order()
    {
        new ArchitectureDocument(rendered.Document).AssertTemplateSectionsInOrder();
    }

    [Fact]
    public void Every_mermaid_block_renders_and_draws_every_element_it_declares()
    {
        Assert.Equal(
            ["C4Context", "C4Container", "C4Component", "C4Component", "C4Component", "C4Component", "sequenceDiagram"],
            rendered.Blocks.Select(block => block.Kind));
    }

    [Fact]
    public void The_container_diagram_shows_every_container_and_relationships_lifted_from_components()
    {
        var diagram = new ArchitectureDocument(rendered.Document).MermaidBlock("C4Container");

        Assert.Contains("ContainerDb(e_database, \"Database\", \"TimescaleDB\"", diagram, StringComparison.Ordinal);
        Assert.Contains("Container(e_gateway, \"Gateway\", \"ASP.NET Core\"", diagram, StringComparison.Ordinal);
        Assert.Contains("Rel(e_processor, e_notifier, \"Triggers notifications through\", \"AMQP, async\")", diagram, StringComparison.Ordinal);
        Assert.Contains("Rel(e_sensor, e_gateway, \"Sends readings to\", \"HTTPS/JSON\")", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recording_alerts_sequence_keeps_its_alternative_and_replies()
    {
        var diagram = new ArchitectureDocument(rendered.Document).MermaidBlock("sequenceDiagram");

        Assert.Contains("    alt Is threshold exceeded\n        e_processor->>e_database: Store alert\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    else Normal reading\n        e_processor->>e_database: Store reading only\n    end\n", diagram, StringComparison.Ordinal);
        Assert.Contains("e_database-->>e_processor: Confirm storage", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void The_technology_table_has_declared_technologies_and_real_package_versions()
    {
        Assert.Contains("| TimescaleDB | 2.14 | Time-series storage for readings |", rendered.Document, StringComparison.Ordinal);
        Assert.Contains("| .NET | 10.0 | Used by Gateway, Notifier, Processor |", rendered.Document, StringComparison.Ordinal);
        Assert.Contains("| Microsoft.Extensions.Hosting | 10.0.0 | Referenced by Notifier, Processor |", rendered.Document, StringComparison.Ordinal);
        Assert.Contains("| Swashbuckle.AspNetCore | 10.0.1 | Referenced by Gateway |", rendered.Document, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_matches_its_snapshot()
    {
        Snapshot.Match("sensor-system.md", rendered.Document);
    }

    [Fact]
    public void The_generated_model_matches_its_snapshot()
    {
        Snapshot.Match("sensor-system.ArchitectureModel.g.cs.txt", Scrub(rendered.Run.Source("ArchitectureModel.g.cs")));
    }

    [Fact]
    public void The_schema_file_is_emitted_beside_the_document()
    {
        var files = rendered.Run.Files();

        // With no released model yet, the output also records this model as released (the Change Log compares with it).
        Assert.Equal(["document", DocumentationContract.ReleasedModelName, "schema/sensor-reading.schema.json"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(files["schema/sensor-reading.schema.json"].TrimEnd('\n'), rendered.Document, StringComparison.Ordinal);
    }

    /// <summary>The generator's version in [GeneratedCode] changes with every release; snapshots should not.</summary>
    internal static string Scrub(string source) => GeneratedCodeVersion().Replace(source, "GeneratedCode(\"ArchTemplates.Generator\", \"<version>\")");

    [GeneratedRegex(@"GeneratedCode\(""ArchTemplates\.Generator"", ""[^""]*""\)")]
    private static partial Regex GeneratedCodeVersion();

    /// <summary>The document rendered once, written to disk and drawn by the real Mermaid renderer.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly TempDirectory _directory = new("sensor-document");

        public Rendered()
        {
            Run = SensorSystem.Render();
            Document = Run.Document();
            var path = _directory.Combine("architecture.md");
            File.WriteAllText(path, Document);
            Blocks = MermaidCheck.AssertEveryBlockRenders(path, _directory.Combine("svg"));
        }

        public GeneratorRun Run { get; }

        public string Document { get; }

        public IReadOnlyList<MermaidBlockResult> Blocks { get; }

        public void Dispose() => _directory.Dispose();
    }
}
