using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// Regenerating on every build, safely, in scaffolds built through the real packages: only what changed is
/// written, the documentation project documents what it references, hand-written text survives, a person's
/// file and a person's edits are never overwritten, the drift check catches stale documents, and parallel builds
/// write whole files.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed partial class LivingDocumentTests(PackagesFixture packages)
{
    /// <summary>A line of the scaffold's summary that every option set has.</summary>
    private const string Summary = "  Each of these is chosen by configuration, not in code.\n";

    [Fact]
    public void Builds_write_exactly_the_files_whose_content_changed_and_the_document_follows_the_code_and_the_references()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--tests", "false", "--ci", "none");
        var first = solution.Build().EnsureSuccess();
        var document = solution.DocumentPath;
        Assert.Contains("docs/architecture.md", Wrote(solution, first));
        Assert.Contains("docs/schemas/alert.schema.json", Wrote(solution, first));
        var sensorSchema = solution.PathOf("docs", "schemas", "sensor-reading.schema.json");
        var alertSchema = solution.PathOf("docs", "schemas", "alert.schema.json");

        // A build without changes leaves every file and timestamp alone.
        var before = Stamps(document, sensorSchema, alertSchema);
        var unchanged = solution.Build().EnsureSuccess();
        Assert.DoesNotContain("ArchTemplates: wrote", unchanged.Output, StringComparison.Ordinal);
        Assert.Equal(before, Stamps(document, sensorSchema, alertSchema));

        // A changed data model rewrites its schema and the document, and nothing else.
        AddAlertMember(solution, "string? Note");
        var changed = solution.Build().EnsureSuccess();
        Assert.Equal(["docs/architecture.md", "docs/schemas/alert.schema.json"], Wrote(solution, changed));
        var afterModel = Stamps(document, sensorSchema, alertSchema);
        Assert.NotEqual(before[document], afterModel[document]);
        Assert.NotEqual(before[alertSchema], afterModel[alertSchema]);
        Assert.Equal(before[sensorSchema], afterModel[sensorSchema]);
        Assert.Contains("\"note\"", File.ReadAllText(alertSchema), StringComparison.Ordinal);

        // A new component and relationship (true: the archiver uses the database) appear in the Component View and the diagrams; deleting them removes them.
        var archiver = solution.PathOf("src", "services", "processor", "ReadingArchiver.cs");
        File.WriteAllText(archiver, """
            using Acme.Sensors.Infrastructure;
            using ArchTemplates;

            namespace Acme.Sensors.Processor;

            [Component("Reading Archiver", Description = "Moves old readings to cold storage")]
            [Relationship("Database", "Archives readings in", Technology = "SQL")]
            public sealed class ReadingArchiver(ReadingsDbContext database)
            {
                public int Archived => database.Readings.Count();
            }
            """);
        solution.Build().EnsureSuccess();
        var withArchiver = ArchitectureDocument.Load(document);
        var processor = withArchiver.Section("#### Processor");
        Assert.Contains("| Reading Archiver | Moves old readings to cold storage |", processor, StringComparison.Ordinal);
        Assert.Contains("- Reading Archiver → Database: Archives readings in (SQL)", processor, StringComparison.Ordinal);
        Assert.Contains("Component(e_reading_archiver, \"Reading Archiver\"", withArchiver.MermaidBlock("C4Component", "#### Processor"), StringComparison.Ordinal);
        Assert.Contains("Rel(e_reading_archiver, e_database, \"Archives readings in\", \"SQL\")", withArchiver.MermaidBlock("C4Component", "#### Processor"), StringComparison.Ordinal);
        Assert.Contains("Rel(e_processor, e_database, \"Stores readings and alerts in (EF Core)#59; Archives readings in (SQL)\")", withArchiver.MermaidBlock("C4Component", "#### Database"), StringComparison.Ordinal);

        File.Delete(archiver);
        solution.Build().EnsureSuccess();
        Assert.DoesNotContain("Reading Archiver", File.ReadAllText(document), StringComparison.Ordinal);
        Assert.Equal(afterModel[alertSchema], Stamps(alertSchema)[alertSchema]);

        // A component declared in a referenced project appears in the documentation project's document; removing the reference removes it.
        packages.DotnetNew(solution.Root, "archservice", "-n", "Billing", "--description", "Invoices customers").EnsureSuccess();
        File.WriteAllText(solution.PathOf("src", "services", "billing", "InvoiceWriter.cs"), """
            using ArchTemplates;

            namespace Billing;

            [Component("Invoice Writer", Description = "Writes monthly invoices")]
            public sealed class InvoiceWriter;
            """);
        solution.Build().EnsureSuccess();
        Assert.Contains("| Invoice Writer | Writes monthly invoices |", ArchitectureDocument.Load(document).Section("#### Billing"), StringComparison.Ordinal);

        Edit(solution.PathOf("src", "Acme.Sensors.Architecture", "Acme.Sensors.Architecture.csproj"), "  </ItemGroup>", "    <ProjectReference Remove=\"../services/billing/Billing.csproj\" />\n  </ItemGroup>");
        solution.Build().EnsureSuccess();
        var withoutBilling = ArchitectureDocument.Load(document);
        Assert.DoesNotContain("Billing", withoutBilling.Containers());
        Assert.DoesNotContain("Invoice Writer", withoutBilling.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_change_log_proposes_what_changed_since_the_release_and_a_release_records_it()
    {
        using var solution = SmallScaffold();
        var released = solution.PathOf("docs", "architecture.released.json");
        solution.Build().EnsureSuccess();
        Assert.True(File.Exists(released), "The first build records the model as released.");
        Assert.DoesNotContain("Unreleased", solution.ReadDocument(), StringComparison.Ordinal);

        packages.DotnetNew(solution.Root, "archservice", "-n", "Billing", "--description", "Invoices customers").EnsureSuccess();
        solution.Build().EnsureSuccess();

        var changeLog = ArchitectureDocument.Load(solution.DocumentPath).Section("## Change Log");
        Assert.Contains("| Unreleased |  | Added containers: Billing |  |\n| Unreleased |  | Added components: Billing Worker |  |\n", changeLog, StringComparison.Ordinal);
        Assert.Contains("| Solution scaffolded with dotnet new archsolution | ArchTemplates |", changeLog, StringComparison.Ordinal);
        solution.Build("-p:ArchDocsCheck=true").EnsureSuccess();

        solution.Build("-p:ArchDocsRelease=true").EnsureSuccess();
        Assert.Contains("\"name\": \"Billing\"", File.ReadAllText(released), StringComparison.Ordinal);
        Assert.DoesNotContain("Unreleased", solution.ReadDocument(), StringComparison.Ordinal);
        solution.Build("-p:ArchDocsCheck=true").EnsureSuccess();
    }

    [Fact]
    public void A_hand_written_block_survives_regenerations_that_change_the_title_and_the_text_around_it()
    {
        using var solution = SmallScaffold();
        solution.Build().EnsureSuccess();
        Assert.Equal("# Architecture for Sensor Monitoring Platform", File.ReadLines(solution.DocumentPath).First());
        Edit(solution.PathOf("architecture.yml"), "title: \"Sensor Monitoring Platform\"", "title: \"Fleet Telemetry\"");
        const string block = "<!-- archtemplates:handwritten -->\nDecision: TimescaleDB over InfluxDB,\nbecause the team knows PostgreSQL\nand needs SQL joins.\n<!-- archtemplates:end -->\n";
        Edit(solution.DocumentPath, "\n## Technology Table", "\n" + block + "\n## Technology Table");

        foreach (var summary in new[] { "First rewrite of the summary.", "Second rewrite,\n  now on two lines.", "Third rewrite." })
        {
            Edit(solution.PathOf("architecture.yml"), Summary, $"  {summary}\n");
            solution.Build().EnsureSuccess();

            var technicalSummary = ArchitectureDocument.Load(solution.DocumentPath).Section("## Technical Summary");
            Assert.Contains(summary.Replace("\n  ", "\n", StringComparison.Ordinal), technicalSummary, StringComparison.Ordinal);
            Assert.EndsWith(
                "<!-- archtemplates:handwritten section=\"## Technical Summary\" -->\nDecision: TimescaleDB over InfluxDB,\nbecause the team knows PostgreSQL\nand needs SQL joins.\n<!-- archtemplates:end -->\n",
                technicalSummary,
                StringComparison.Ordinal);
            Assert.Equal("# Architecture for Fleet Telemetry", File.ReadLines(solution.DocumentPath).First());
            Edit(solution.PathOf("architecture.yml"), $"  {summary}\n", Summary);
        }
    }

    [Fact]
    public void An_edit_outside_the_hand_written_blocks_fails_the_build_at_its_line_until_it_is_discarded()
    {
        using var solution = SmallScaffold();
        solution.Build().EnsureSuccess();
        var generated = File.ReadAllBytes(solution.DocumentPath);
        var sentence = Summary.Trim();
        Edit(solution.DocumentPath, sentence + "\n", sentence + " Corrected by hand: it also rejects duplicates.\n");
        var edited = File.ReadAllBytes(solution.DocumentPath);
        var line = File.ReadAllLines(solution.DocumentPath).ToList().FindIndex(text => text.Contains("Corrected by hand", StringComparison.Ordinal)) + 1;

        var build = solution.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{solution.DocumentPath}({line}): error ARCH105: ", build.Output, StringComparison.Ordinal);
        Assert.Contains("-p:ArchDocsDiscardEdits=true", build.Output, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllBytes(solution.DocumentPath));

        solution.Build("-p:ArchDocsDiscardEdits=true").EnsureSuccess();
        Assert.Equal(generated, File.ReadAllBytes(solution.DocumentPath));
    }

    [Fact]
    public void A_document_a_person_wrote_is_never_overwritten_and_the_build_says_how_to_adopt_it()
    {
        using var solution = SmallScaffold();
        Directory.CreateDirectory(solution.PathOf("docs"));
        const string handWritten = "# Our architecture\n\nWritten by hand, long before the generator.\n";
        File.WriteAllText(solution.DocumentPath, handWritten);

        var build = ProcessRunner.Dotnet(solution.Root, "build", "-p:MSBuildTreatWarningsAsErrors=false").EnsureSuccess();

        Assert.Equal(handWritten, File.ReadAllText(solution.DocumentPath));
        Assert.Contains("warning ARCH101", build.Output, StringComparison.Ordinal);
        Assert.Contains("To adopt it", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_drift_check_fails_on_a_stale_document_naming_what_differs_and_passes_on_a_fresh_one()
    {
        using var solution = SmallScaffold();
        solution.Build().EnsureSuccess();
        solution.Build("-p:ArchDocsCheck=true").EnsureSuccess();

        Edit(solution.PathOf("architecture.yml"), Summary, "  A summary changed without building.\n");
        AddAlertMember(solution, "int Level");
        var stale = solution.Build("-p:ArchDocsCheck=true");

        Assert.NotEqual(0, stale.ExitCode);
        Assert.Contains("error ARCH103", stale.Output, StringComparison.Ordinal);
        Assert.Contains("docs/architecture.md: differs in Technical Summary", stale.Output, StringComparison.Ordinal);
        Assert.Contains("docs/schemas/alert.schema.json: differs", stale.Output, StringComparison.Ordinal);
        Assert.Contains("Run `dotnet build`", stale.Output, StringComparison.Ordinal);

        solution.Build().EnsureSuccess();
        solution.Build("-p:ArchDocsCheck=true").EnsureSuccess();
    }

    [Fact]
    public void Parallel_builds_of_eight_projects_write_the_same_whole_files_every_time()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--ci", "none");
        packages.DotnetNew(solution.Root, "archservice", "-n", "Billing").EnsureSuccess();
        var projects = Directory.EnumerateFiles(solution.Root, "*.csproj", SearchOption.AllDirectories).Count();
        Assert.True(projects >= 8, $"The solution has {projects} projects.");

        var results = new List<string>();
        for (var run = 0; run < 5; run++)
        {
            if (Directory.Exists(solution.PathOf("docs", "schemas")))
            {
                Directory.Delete(solution.PathOf("docs", "schemas"), recursive: true);
            }

            File.Delete(solution.DocumentPath);
            solution.Build("-m", run == 0 ? "--no-incremental" : "-v:m").EnsureSuccess();

            Assert.Empty(Directory.EnumerateFiles(solution.PathOf("docs"), "*.tmp", SearchOption.AllDirectories));
            var files = Directory.EnumerateFiles(solution.PathOf("docs"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Assert.All(files.Where(file => file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)), file => Assert.EndsWith("\n", File.ReadAllText(file), StringComparison.Ordinal));
            results.Add(string.Join("\n", files.Select(file => $"{Path.GetRelativePath(solution.Root, file)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))}")));
        }

        Assert.Single(results.Distinct());
        Assert.Contains("docs/architecture.md", results[0], StringComparison.Ordinal);
    }

    private ScaffoldedSolution SmallScaffold()
        => packages.Scaffold("Acme.Sensors", "--services", "gateway", "--deploy", "none", "--tests", "false", "--ci", "none");

    /// <summary>Adds an optional, documented member to the Alert data model, so its users still compile.</summary>
    private static void AddAlertMember(ScaffoldedSolution solution, string member)
        => Edit(
            solution.PathOf("src", "Acme.Sensors.Contracts", "Alert.cs"),
            "double Threshold);",
            $"double Threshold)\n{{\n    /// <summary>Added by a test.</summary>\n    public {member} {{ get; init; }}\n}}");

    /// <summary>The files the build said it wrote, relative to the solution, once each and in order.</summary>
    private static string[] Wrote(ScaffoldedSolution solution, ProcessResult build)
        => [.. WroteMessage().Matches(build.Output).Select(match => Path.GetRelativePath(solution.Root, match.Groups["path"].Value)).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"ArchTemplates: wrote (?<path>\S+)")]
    private static partial Regex WroteMessage();

    private static Dictionary<string, DateTime> Stamps(params string[] files)
        => files.ToDictionary(file => file, File.GetLastWriteTimeUtc);

    private static void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
