using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.ChangeLog;

/// <summary>The Change Log proposes Unreleased rows from what changed since the released model, which the build keeps beside the document.</summary>
public sealed class UnreleasedChangesTests
{
    private const string Released = GeneratorHarness.ReleasedModelPath;

    private const string Before = """
        title: Sensors
        containers:
          - name: Gateway
            description: Accepts readings
            kind: service
          - name: Archive
            kind: database
        components:
          - name: Router
            container: Gateway
        relationships:
          - from: Gateway
            to: Archive
            description: Stores readings in
        changelog:
          - date: "2026-11-01"
            version: "0.1"
            description: First version
        """;

    private const string After = """
        title: Sensors
        containers:
          - name: Gateway
            description: Accepts and validates readings
            kind: service
          - name: Billing
            kind: service
          - name: Archive
            kind: database
        components:
          - name: Router
            container: Gateway
          - name: Invoicer
            container: Billing
        changelog:
          - date: "2026-11-01"
            version: "0.1"
            description: First version
        """;

    private const string DataModel = "[ArchTemplates.DataModel(\"Reading\")] public sealed record Reading(string SensorId);";

    private static GeneratorRun Run(string yaml, string? released = null, bool release = false, params string[] sources)
    {
        var harness = new GeneratorHarness().WithYaml(yaml);
        if (released is not null)
        {
            harness.WithReleasedModel(released);
        }

        if (release)
        {
            harness.WithProperty("ArchDocsRelease", "true");
        }

        return harness.Run(sources);
    }

    /// <summary>The model the first build records as released.</summary>
    private static string ReleasedModelOf(string yaml, params string[] sources) => Run(yaml, sources: sources).Files()[DocumentationContract.ReleasedModelName];

    [Fact]
    public void Without_a_released_model_the_build_records_one_and_proposes_nothing()
    {
        var run = Run(Before);

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("\"name\": \"Gateway\"", run.Files()[DocumentationContract.ReleasedModelName], StringComparison.Ordinal);
        Assert.DoesNotContain("Unreleased", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kind_of_element_added_changed_or_removed_is_one_row_above_the_teams_rows()
    {
        var run = Run(After, ReleasedModelOf(Before, DataModel));

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains(
            """
            | Date | Version | Description | Author |
            | ---- | ------- | ----------- | ------ |
            | Unreleased |  | Added containers: Billing |  |
            | Unreleased |  | Changed containers: Gateway (description) |  |
            | Unreleased |  | Added components: Invoicer |  |
            | Unreleased |  | Removed relationships: Gateway → Archive: Stores readings in |  |
            | Unreleased |  | Removed data models: Reading |  |
            | 2026-11-01 | 0.1 | First version |  |

            Unreleased rows are what changed in the model since the released model, `docs/architecture.released.json`.
            """.ReplaceLineEndings("\n"),
            run.Document(),
            StringComparison.Ordinal);
        Assert.False(run.Files().ContainsKey(DocumentationContract.ReleasedModelName), "A released model that exists is the team's to replace, by releasing.");
    }

    [Fact]
    public void The_same_models_give_the_same_rows_and_an_unchanged_model_none()
    {
        var released = ReleasedModelOf(Before);

        Assert.Equal(Run(After, released).Document(), Run(After, released).Document());
        Assert.DoesNotContain("Unreleased", Run(Before, released).Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Turned_off_there_is_no_row_and_no_released_model_to_write()
    {
        var run = new GeneratorHarness().WithYaml(After).WithReleasedModel(ReleasedModelOf(Before)).WithProperty("_ArchDocsProposeChanges", "false").Run();
        var first = new GeneratorHarness().WithYaml(After).WithProperty("_ArchDocsProposeChanges", "false").Run();

        Assert.DoesNotContain("Unreleased", run.Document(), StringComparison.Ordinal);
        Assert.False(first.Files().ContainsKey(DocumentationContract.ReleasedModelName));
    }

    [Fact]
    public void Releasing_records_the_current_model_and_proposes_nothing()
    {
        var run = Run(After, ReleasedModelOf(Before), release: true);

        Assert.DoesNotContain("Unreleased", run.Document(), StringComparison.Ordinal);
        Assert.Equal(ReleasedModelOf(After), run.Files()[DocumentationContract.ReleasedModelName]);
    }

    [Theory]
    [InlineData("{ not json", "it is not JSON")]
    [InlineData("{ \"format\": 1, \"format\": 1 }", "it is not JSON (Invalid JSON at offset 23: the property 'format' appears twice.)")]
    [InlineData("{ \"format\": 2 }", "it is not a model in the format this generator writes (format 1)")]
    [InlineData("[1, 2]", "it is not a model in the format this generator writes (format 1)")]
    public void A_released_model_that_cannot_be_read_is_ARCH023_and_the_document_is_still_written(string json, string problem)
    {
        var run = Run(After, json);

        Assert.Contains($"'docs/architecture.released.json' cannot be read as the released model: {problem}", Message(Single(run, "ARCH023", Released, 1)), StringComparison.Ordinal);
        Assert.Contains("| 2026-11-01 | 0.1 | First version |  |", run.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("Unreleased", run.Document(), StringComparison.Ordinal);
    }
}
