using Microsoft.CodeAnalysis;
using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Diagnostics;

/// <summary>An architecture.yml that cannot be read is ARCH001 at the place that needs fixing, not where the parser noticed.</summary>
public sealed class YamlSyntaxLocationTests
{
    private const string Yaml = GeneratorHarness.YamlPath;

    private static GeneratorRun Run(string yaml) => new GeneratorHarness().WithYaml(yaml).Run();

    /// <summary>The only diagnostic with <paramref name="id"/> starts at 1-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    private static Diagnostic At(GeneratorRun run, string id, int line, int column)
    {
        var diagnostic = Single(run, id, Yaml, line);
        Assert.Equal(column, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);
        return diagnostic;
    }

    [Theory]
    [InlineData("title: Tiny\n---\ntitle: Sensors\nsummary: The real architecture\n", 2)]
    [InlineData("---\ntitle: Tiny\n---\ntitle: Sensors\n", 3)]
    [InlineData("title: Tiny\n...\ntitle: Sensors\n", 3)]
    [InlineData("title: Tiny\n---\n", 2)]
    public void A_second_yaml_document_is_ARCH001_where_it_starts(string yaml, int line)
    {
        // Read silently, the first document would stand for the whole file and the rest would be lost.
        var run = Run(yaml);

        var diagnostic = At(run, "ARCH001", line, 1);
        Assert.Contains("a second YAML document starts here", Message(diagnostic), StringComparison.Ordinal);
        Assert.Single(run.Diagnostics);
    }

    [Theory]
    [InlineData("---\ntitle: Sensors\n")]
    [InlineData("%YAML 1.2\n---\ntitle: Sensors\n...\n")]
    public void One_document_with_its_markers_is_fine(string yaml)
    {
        var run = Run(yaml);

        Assert.Empty(run.Diagnostics);
        Assert.StartsWith("# Architecture for Sensors\n", run.Document(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: S\npeople:\n\t- name: Operator\n", 3, 1)]
    [InlineData("title: S\nstyle:\n  name: monolith\n\tjustification: One team\n", 4, 1)]
    [InlineData("title: S\nstyle:\n  name: monolith\n \tjustification: One team\n", 4, 2)]
    [InlineData("title: S\npeople:\n  - name: Operator\n\t  description: Watches alerts\n", 4, 1)]
    public void A_tab_used_for_indentation_is_ARCH001_at_the_tab(string yaml, int line, int column)
    {
        var diagnostic = At(Run(yaml), "ARCH001", line, column);

        Assert.Contains("a tab indents this line", Message(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: S\nsummary: *nope\n", 2, 10, "*nope")]
    [InlineData("title: S\npeople:\n  - name: &operator Operator\n  - name: *operater\n", 4, 11, "*operater")]
    public void An_undefined_alias_is_ARCH001_at_the_alias(string yaml, int line, int column, string alias)
    {
        var diagnostic = At(Run(yaml), "ARCH001", line, column);

        Assert.Contains($"'{alias}' refers to no anchor defined before it", Message(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: S\nstatus: [Draft\n", '[', 9)]
    [InlineData("title: S\nstatus: [Draft\nsummary: x\n", '[', 9)]
    [InlineData("title: S\npeople: [a, b\nsummary: x\nstyle:\n  name: monolith\n", '[', 9)]
    [InlineData("title: S\npeople: [a, [b, c]\nsummary: x\n", '[', 9)]
    [InlineData("title: S\nstyle: { name: monolith\nsummary: x\n", '{', 8)]
    public void An_unclosed_bracket_is_ARCH001_where_it_opens_naming_where_reading_stopped(string yaml, char bracket, int column)
    {
        // The parser gives up at the end of the file, or at the next line when a key follows the open bracket.
        var diagnostic = At(Run(yaml), "ARCH001", 2, column);

        Assert.Contains($"the '{bracket}' that opens here is not closed before line 3, column 1", Message(diagnostic), StringComparison.Ordinal);
        var stop = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal(Yaml, stop.Path);
        Assert.Equal((3, 1), (stop.StartLinePosition.Line + 1, stop.StartLinePosition.Character + 1));
    }

    [Fact]
    public void An_error_inside_closed_brackets_is_not_blamed_on_them()
    {
        var diagnostic = At(Run("title: S\npeople: [a, b, \"c\\q\"]\n"), "ARCH001", 2, 16);

        Assert.Contains("unknown escape character", Message(diagnostic), StringComparison.Ordinal);
        Assert.Empty(diagnostic.AdditionalLocations);
    }

    [Theory]
    [InlineData("title: S\u0001\n", 1, 9, "control character U+0001")]
    [InlineData("title: S\nsummary: a\u0000b\n", 2, 11, "control character U+0000")]
    [InlineData("title: S\n# a comment \u0002\n", 2, 13, "control character U+0002")]
    [InlineData("title: S\nsummary: \"a\u007Fb\"\n", 2, 12, "control character U+007F")]
    [InlineData("title: S\nsummary: a\u0090b\n", 2, 11, "control character U+0090")]
    [InlineData("title: S\nsummary: \uFFFF\n", 2, 10, "non-text character U+FFFF")]
    [InlineData("\u0089PNG\r\n\u001a\n\u0000\u0000", 1, 1, "control character U+0089")]
    public void A_control_character_is_ARCH001_at_the_first_one(string yaml, int line, int column, string character)
    {
        var diagnostic = At(Run(yaml), "ARCH001", line, column);

        Assert.Contains($"the file contains the {character} at line {line}, column {column}", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8 text", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Tabs_line_breaks_and_non_ascii_text_are_not_control_characters()
    {
        var run = Run("title: Sensors\r\nsummary: \"Tabs\tand line breaks are text; so is \u00e9, \u4e2d and \U0001F600\"\r\n");

        Assert.Empty(run.Diagnostics);
    }
}
