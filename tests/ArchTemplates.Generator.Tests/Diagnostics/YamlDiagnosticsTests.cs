using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Diagnostics;

/// <summary>Every kind of bad architecture.yml yields its documented diagnostic at the right place.</summary>
public sealed class YamlDiagnosticsTests
{
    private const string Yaml = GeneratorHarness.YamlPath;

    private static GeneratorRun Run(string yaml, params string[] sources) => new GeneratorHarness().WithYaml(yaml).Run(sources);

    [Fact]
    public void Malformed_yaml_is_ARCH001_at_the_offending_line()
    {
        // The unclosed bracket on line 2 is where the reader stops.
        Single(Run("title: Sensors\nstatus: [Draft\nsummary: x\n"), "ARCH001", Yaml, 2);
        Single(Run("title: Sensors\nsummary: \"unterminated\n"), "ARCH001", Yaml, 2);
    }

    [Fact]
    public void Unknown_root_key_is_ARCH002_with_a_suggestion()
    {
        var diagnostic = Single(Run("title: Sensors\nstatsu: Draft\n"), "ARCH002", Yaml, 2);

        Assert.Contains("did you mean 'status'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_at_the_top_level_name_the_file()
    {
        Assert.Contains("'sumary' in architecture.yml (did you mean 'summary'?)", Message(Single(Run("title: Sensors\nsumary: x\n"), "ARCH002", Yaml, 2)), StringComparison.Ordinal);
        Assert.Contains("'architecture.yml' must be a mapping of keys to values", Message(Single(Run("- a\n- b\n"), "ARCH003", Yaml, 1)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Only a comment\n")]
    [InlineData("~\n")]
    public void An_architecture_yml_without_content_is_ARCH005_for_its_title(string yaml)
    {
        // Without an error the build would replace the team's document with an untitled one.
        var diagnostic = Single(Run(yaml), "ARCH005", Yaml, 1);

        Assert.Contains("architecture.yml is missing its title", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sequences_with_one_name_are_ARCH006_naming_the_first()
    {
        // Headings' anchors ignore case: "flow" is the same sequence to a reader.
        var run = Run("title: Sensors\npeople:\n  - name: A\nsequences:\n  - name: Flow\n    steps:\n      - A -> A: x\n  - name: flow\n    steps:\n      - A -> A: y\n");

        Assert.Contains($"Sequence 'flow' is declared more than once (also at {Yaml}(5))", Message(Single(run, "ARCH006", Yaml, 8)), StringComparison.Ordinal);
        Assert.Single(run.Document().Split('\n'), line => line.StartsWith("### Sequence Diagram for Flow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("opt: cond", "The opt block 'cond'", 8)]
    [InlineData("loop: every minute\n        steps: []", "The loop block 'every minute'", 9)]
    [InlineData("loop: ~", "A loop block", 8)]
    public void An_opt_or_loop_block_without_steps_is_ARCH005(string block, string named, int line)
    {
        var diagnostic = Single(Run($"title: Sensors\npeople:\n  - name: A\nsequences:\n  - name: Flow\n    steps:\n      - A -> A: x\n      - {block}\n"), "ARCH005", Yaml, line);

        Assert.Contains($"{named} is missing its steps", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_whose_steps_are_all_invalid_reports_the_steps_not_a_missing_list()
    {
        var run = Run("title: Sensors\npeople:\n  - name: A\nsequences:\n  - name: Flow\n    steps:\n      - opt: cond\n        steps:\n          - 42\n");

        Assert.Contains("must be a message", Message(Single(run, "ARCH003", Yaml, 9)), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_in_an_element_is_ARCH002_with_its_path()
    {
        var diagnostic = Single(Run("title: Sensors\npeople:\n  - name: Operator\n    descripton: Watches alerts\n"), "ARCH002", Yaml, 4);

        Assert.Contains("'descripton' in people[0] (did you mean 'description'?)", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_text_belongs_is_ARCH003()
    {
        var diagnostic = Single(Run("title:\n  - one\n  - two\n"), "ARCH003", Yaml, 2);

        Assert.Contains("'title' must be a text value, but it is a list", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_where_a_list_belongs_is_ARCH003()
    {
        Single(Run("title: Sensors\npeople: Operator\n"), "ARCH003", Yaml, 2);
    }

    [Fact]
    public void Invalid_status_is_ARCH004_listing_the_allowed_values()
    {
        var diagnostic = Single(Run("title: Sensors\nstatus: Final\n"), "ARCH004", Yaml, 2);

        Assert.Contains("Use one of: Draft, Approved", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_style_is_ARCH004()
    {
        var diagnostic = Single(Run("title: Sensors\nstyle:\n  name: blockchain\n"), "ARCH004", Yaml, 3);

        Assert.Contains("microservices", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_title_is_ARCH005()
    {
        Single(Run("status: Draft\n"), "ARCH005", Yaml, 1);
    }

    [Fact]
    public void An_element_without_a_name_is_ARCH005_and_is_left_out()
    {
        var run = Run("title: Sensors\npeople:\n  - description: Someone\n");

        Single(run, "ARCH005", Yaml, 3);
        Assert.DoesNotContain("Someone", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_step_that_is_not_a_message_is_ARCH003()
    {
        var diagnostic = Single(Run("title: Sensors\nsequences:\n  - name: Flow\n    steps:\n      - just some text\n"), "ARCH003", Yaml, 5);

        Assert.Contains("From -> To: text", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_naming_an_unknown_participant_is_ARCH007()
    {
        var diagnostic = Single(Run("title: Sensors\npeople:\n  - name: Operator\nsequences:\n  - name: Flow\n    steps:\n      - Operatr -> Operator: hello\n"), "ARCH007", Yaml, 7);

        Assert.Contains("did you mean 'Operator'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_structure_entry_for_a_folder_that_does_not_exist_is_ARCH016()
    {
        var run = new GeneratorHarness().WithYaml("title: Sensors\nstructure:\n  src/services: Services\n  src/gone: Removed long ago\n").WithListing("d src\nd src/services\n").Run();

        Single(run, "ARCH016", Yaml, 4);
    }

    [Fact]
    public void The_documentation_project_without_architecture_yml_fails_with_ARCH011()
    {
        // An error, so a misspelt ArchDocsYamlFile fails the build instead of replacing the document with an untitled one;
        // and the only one: the Database the file would declare is not reported unknown.
        var run = new GeneratorHarness().Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Relationship(\"Database\", \"Stores readings in\")]");

        AssertNoCrash(run);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ARCH011", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Theory]
    [InlineData("", "ARCH005@1")]
    [InlineData("~", "ARCH005@1")]
    [InlineData("- a\n- b\n", "ARCH003@1")]
    [InlineData("just a line of text", "ARCH003@1")]
    [InlineData("title: a\n---\ntitle: b\n", "ARCH001@2")]
    [InlineData("title: &anchor Sensors\nsummary: *anchor\n", "")]
    [InlineData("title: Sensors\npeople:\n  - [1, 2]\n  - ~\n  - name: [x]\n", "ARCH003@3, ARCH003@5")]
    [InlineData("title: Sensors\nsequences:\n  - name: Flow\n    steps:\n      - alt: nope\n      - alt: []\n      - opt: cond\n      - loop: ~\n      - note: hi\n      - { from: A }\n", "ARCH003@5, ARCH005@6, ARCH005@7, ARCH005@8, ARCH005@9, ARCH005@10, ARCH005@10")]
    [InlineData("title: Sensors\nstructure: [a, b]\nchangelog: {}\nsetup: 3\n", "ARCH003@2, ARCH003@3, ARCH003@4")]
    [InlineData("title: \"unterminated\n", "ARCH001@1")]
    [InlineData("\tname: tabs\n", "ARCH002@1, ARCH005@1")]
    [InlineData("{ \"title\": \"JSON is YAML too\" }", "")]
    [InlineData("title: Sensors\nstyle: microservices\n", "ARCH003@2")]
    public void Any_architecture_yml_gets_exactly_its_diagnostics_and_still_a_document(string yaml, string expected)
    {
        // expected: "ID@line, ..." for every diagnostic the file must get, and no other.
        var run = Run(yaml);

        Exactly(run, [.. expected.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(item => (item.Split('@')[0], Yaml, int.Parse(item.Split('@')[1], System.Globalization.CultureInfo.InvariantCulture)))]);
        Assert.StartsWith("# Architecture for ", run.Document(), StringComparison.Ordinal);
    }
}
