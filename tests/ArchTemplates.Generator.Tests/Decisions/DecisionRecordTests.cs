using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Decisions;

/// <summary>Architecture decision records: read from the decisions folder, linked to elements, listed in the document; every problem at its line.</summary>
public sealed class DecisionRecordTests
{
    private const string Yaml = "title: Sensors\ncontainers:\n  - name: Gateway\n    kind: service\n  - name: Readings Store\n    kind: database\n";
    private const string Folder = GeneratorHarness.DecisionsFolder;

    private static string Record(string frontMatter, string title = "Use a message broker for readings")
        => $"---\n{frontMatter}---\n\n# {title}\n\n## Context and Problem Statement\n\nReadings arrive in bursts.\n";

    private static GeneratorRun Run(params (string File, string Text)[] records)
    {
        var harness = new GeneratorHarness().WithYaml(Yaml);
        foreach (var (file, text) in records)
        {
            harness.WithDecision(file, text);
        }

        return harness.Run();
    }

    [Fact]
    public void The_document_lists_every_decision_and_each_elements_decisions_with_superseded_ones_marked()
    {
        var run = Run(
            ("0002-poll-the-sensors.md", Record("status: superseded by ADR-0003\ndate: 2026-11-02\nelements: [Gateway]\n", "Poll the sensors")),
            ("0001-record-decisions.md", Record("status: accepted\ndate: 2026-11-01\n", "Record architecture decisions")),
            ("0003-push-readings.md", Record("status: accepted\ndate: 2026-12-01\nelements:\n  - Readings Store\n  - Gateway\n", "Push readings to the gateway")),
            ("README.md", "# Decisions\n\nOne file per decision.\n"),
            ("adr-template.md", "---\nstatus: {proposed | accepted}\n---\n# {title}\n"));

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        var document = run.Document();
        Assert.Contains(
            """
            ## Architecture Decisions

            | Decision | Title | Status | Date | Elements |
            | -------- | ----- | ------ | ---- | -------- |
            | ADR-0001 | Record architecture decisions (`docs/adr/0001-record-decisions.md`) | accepted | 2026-11-01 |  |
            | ADR-0002 | Poll the sensors (`docs/adr/0002-poll-the-sensors.md`) | superseded by ADR-0003 | 2026-11-02 | Gateway |
            | ADR-0003 | Push readings to the gateway (`docs/adr/0003-push-readings.md`) | accepted | 2026-12-01 | Gateway, Readings Store |

            Decisions by element:

            - Gateway: ADR-0002 Poll the sensors (superseded by ADR-0003), ADR-0003 Push readings to the gateway
            - Readings Store: ADR-0003 Push readings to the gateway

            ## Change Log
            """.ReplaceLineEndings("\n"),
            document,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Without_decision_records_the_document_has_no_decisions_section()
        => Assert.DoesNotContain("## Architecture Decisions", Run().Document(), StringComparison.Ordinal);

    [Fact]
    public void A_link_to_an_element_that_does_not_exist_is_ARCH007_at_its_line_with_a_suggestion()
    {
        var run = Run(("0001-push.md", Record("status: accepted\nelements:\n  - Gateway\n  - Readings Stor\n")));

        var diagnostic = Single(run, "ARCH007", Folder + "0001-push.md", 5);
        Assert.Contains("The decision ADR-0001 refers to 'Readings Stor'", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("did you mean 'Readings Store'", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("| ADR-0001 | Use a message broker for readings (`docs/adr/0001-push.md`) | accepted |  | Gateway |", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Superseded_by_a_record_that_does_not_exist_is_ARCH021_at_the_status()
    {
        var diagnostic = Single(Run(("0001-poll.md", Record("date: 2026-11-01\nstatus: superseded by ADR-0009\n"))), "ARCH021", Folder + "0001-poll.md", 3);

        Assert.Contains("The decision ADR-0001 refers to ADR-0009, which no record", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_records_with_one_number_are_ARCH020_and_the_first_by_path_is_kept()
    {
        var run = Run(
            ("0001-b.md", Record("status: accepted\n", "Second")),
            ("0001-a.md", Record("status: accepted\n", "First")));

        var diagnostic = Single(run, "ARCH020", Folder + "0001-b.md", 1);
        Assert.Contains("'docs/adr/0001-b.md' has the number 1, as 'docs/adr/0001-a.md' has", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("| ADR-0001 | First", run.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("Second", run.Document(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("use-rabbitmq.md", "# Use RabbitMQ\n", 1, "'use-rabbitmq.md' has no number: name it NNNN-title.md")]
    [InlineData("0001-use-rabbitmq.md", "# Use RabbitMQ\n\nstatus: accepted\n", 1, "has no front matter: start it with a line '---'")]
    [InlineData("0001-use-rabbitmq.md", "---\nstatus: accepted\n\n# Use RabbitMQ\n", 1, "never closes it")]
    [InlineData("0001-use-rabbitmq.md", "---\nstatus: accepted\n---\n\nWe use RabbitMQ.\n", 3, "has no title: add a heading '# '")]
    public void A_record_that_cannot_be_read_is_ARCH019_saying_what_to_do_and_stays_out_of_the_document(string file, string text, int line, string message)
    {
        var run = Run((file, text));

        Assert.Contains(message, Message(Single(run, "ARCH019", Folder + file, line)), StringComparison.Ordinal);
        Assert.DoesNotContain("## Architecture Decisions", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_MADR_does_not_know_is_ARCH004_and_a_missing_one_ARCH005()
    {
        Assert.Contains(
            "'done' is not a valid decision status. Use one of: proposed, accepted, rejected, deprecated, superseded by ADR-NNNN.",
            Message(Single(Run(("0001-a.md", Record("date: 2026-11-01\nstatus: done\n"))), "ARCH004", Folder + "0001-a.md", 3)),
            StringComparison.Ordinal);
        Assert.Contains(
            "The decision record '0001-a.md' is missing its status",
            Message(Single(Run(("0001-a.md", Record("date: 2026-11-01\n"))), "ARCH005", Folder + "0001-a.md", 2)),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\nstatus:\n---\n# Use RabbitMQ\n", 2)]
    [InlineData("---\nstatus: ~\n---\n# Use RabbitMQ\n", 2)]
    [InlineData("---\n---\n# Use RabbitMQ\n", 1)]
    public void An_empty_status_or_front_matter_is_ARCH005_not_a_record_that_silently_vanishes(string text, int line)
        => Assert.Contains("is missing its status", Message(Single(Run(("0001-a.md", text)), "ARCH005", Folder + "0001-a.md", line)), StringComparison.Ordinal);

    [Fact]
    public void A_list_of_statuses_is_ARCH004_and_MADRs_superseded_link_is_read()
    {
        Single(Run(("0001-a.md", Record("status: accepted, rejected\n"))), "ARCH004", Folder + "0001-a.md", 2);

        var run = Run(
            ("0001-poll.md", Record("status: superseded by [ADR-0002](0002-push.md)\n", "Poll")),
            ("0002-push.md", Record("status: accepted\n", "Push")));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("| ADR-0001 | Poll (`docs/adr/0001-poll.md`) | superseded by ADR-0002 |", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_file_is_a_record_whatever_its_name_says()
        => Assert.Contains("| ADR-0003 | Ship templates", Run(("0003-ship-dotnet-new-templates.md", Record("status: accepted\n", "Ship templates"))).Document(), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_front_matter_key_is_ARCH002_and_MADRs_own_keys_are_known()
    {
        var run = Run(("0001-a.md", Record("status: accepted\ndecision-makers: [Ana]\nconsulted: [Ops]\ninformed: [All]\nelemnts: [Gateway]\n")));

        Assert.Contains("did you mean 'elements'", Message(Single(run, "ARCH002", Folder + "0001-a.md", 6)), StringComparison.Ordinal);
    }
}
