using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests.Scenarios;

/// <summary>The sensor system of the template's examples, rendered once and checked section by section and by the real Mermaid renderer.</summary>
public sealed partial class SensorSystemDocumentTests(SensorSystemDocumentTests.Rendered rendered) : IClassFixture<SensorSystemDocumentTests.Rendered>
{
    /// <summary>The headings of the architecture template, in its order; every one must be present.</summary>
    public static readonly string[] TemplateSections =
    [
        "# Architecture for ",
        "## Technical Summary",
        "## Technology Table",
        "## High-Level Overview",
        "### System Context",
        "### Containers",
        "### Component View",
        "## Architectural Diagrams, Data Models, Schemas",
        "### API Specs",
        "## Project Structure",
        "## Testing Requirements and Framework",
        "### Patterns and Standards",
        "### Initial Project Setup (Manual Steps)",
        "## Infrastructure and Deployment",
        "## Change Log",
    ];

    [Fact]
    public void The_run_reports_no_diagnostic_and_the_generated_code_compiles_cleanly()
    {
        Assert.Empty(rendered.Run.Diagnostics);
        Assert.Empty(rendered.Run.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Every_section_of_the_template_is_present_in_order()
    {
        AssertSectionsInOrder(rendered.Document);
    }

    [Fact]
    public void Every_mermaid_block_renders_and_draws_every_element_it_declares()
    {
        Assert.Equal(7, rendered.Blocks.Count);
        Assert.All(rendered.Blocks, block => Assert.True(block.Ok, $"Block at line {block.Line} ({block.Kind}) failed: {block.Error}"));
        Assert.Equal(
            ["C4Context", "C4Container", "C4Component", "C4Component", "C4Component", "C4Component", "sequenceDiagram"],
            rendered.Blocks.Select(block => block.Kind));

        // The C4 parser can skip a malformed line silently, so each diagram must draw the labels of what it declares.
        var lines = rendered.Document.Split('\n');
        foreach (var block in rendered.Blocks)
        {
            var declared = lines.Skip(block.Line).TakeWhile(line => line != "```")
                .Select(line => C4Element().Match(line))
                .Where(match => match.Success)
                .Select(match => match.Groups["label"].Value);
            var drawn = string.Join('\n', MermaidCheck.TextsOf(block.Svg!));
            Assert.All(declared, label => Assert.Contains(label, drawn, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_container_diagram_shows_every_container_and_relationships_lifted_from_components()
    {
        var diagram = Block(rendered.Document, "C4Container");

        Assert.Contains("ContainerDb(e_database, \"Database\", \"TimescaleDB\"", diagram, StringComparison.Ordinal);
        Assert.Contains("Container(e_gateway, \"Gateway\", \"ASP.NET Core\"", diagram, StringComparison.Ordinal);
        Assert.Contains("Rel(e_processor, e_notifier, \"Triggers notifications through\", \"AMQP, async\")", diagram, StringComparison.Ordinal);
        Assert.Contains("Rel(e_sensor, e_gateway, \"Sends readings to\", \"HTTPS/JSON\")", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recording_alerts_sequence_keeps_its_alternative_and_replies()
    {
        var diagram = Block(rendered.Document, "sequenceDiagram");

        Assert.Contains("    alt Is threshold exceeded\n        e_processor->>e_database: Store alert\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    else Normal reading\n        e_processor->>e_database: Store reading only\n    end\n", diagram, StringComparison.Ordinal);
        Assert.Contains("e_database-->>e_processor: Confirm storage", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void The_technology_table_has_declared_technologies_and_real_package_versions()
    {
        Assert.Contains("| TimescaleDB | 2.14 | Time-series storage for readings |", rendered.Document, StringComparison.Ordinal);
        Assert.Contains("| .NET | 10.0 | Used by Acme.Sensors.Architecture, Gateway, Notifier, Processor |", rendered.Document, StringComparison.Ordinal);
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

        Assert.Equal(["document", "schema/sensor-reading.schema.json"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(files["schema/sensor-reading.schema.json"].TrimEnd('\n'), rendered.Document, StringComparison.Ordinal);
    }

    internal static void AssertSectionsInOrder(string document)
    {
        var lines = document.Split('\n');
        var positions = TemplateSections.Select(heading => Array.FindIndex(lines, line => line.StartsWith(heading, StringComparison.Ordinal) && (heading.EndsWith(' ') || line == heading))).ToList();
        Assert.All(positions.Zip(TemplateSections), pair => Assert.True(pair.First >= 0, $"Section '{pair.Second}' is missing."));
        Assert.Equal(positions.Order(), positions);
    }

    internal static string Block(string document, string kind)
    {
        var start = document.IndexOf("```mermaid\n" + kind, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {kind} block.");
        var end = document.IndexOf("```", start + 10, StringComparison.Ordinal);
        return document[(start + 11)..end];
    }

    /// <summary>The generator's version in [GeneratedCode] changes with every release; snapshots should not.</summary>
    internal static string Scrub(string source) => GeneratedCodeVersion().Replace(source, "GeneratedCode(\"ArchTemplates.Generator\", \"<version>\")");

    [GeneratedRegex(@"^\s*(Person|System|System_Ext|Container|ContainerDb|ContainerQueue|Component)\([^,]+, ""(?<label>[^""]*)""")]
    private static partial Regex C4Element();

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
            Blocks = MermaidCheck.RenderAll(_directory.Combine("svg"), [path]);
        }

        public GeneratorRun Run { get; }

        public string Document { get; }

        public IReadOnlyList<MermaidBlockResult> Blocks { get; }

        public void Dispose() => _directory.Dispose();
    }
}
