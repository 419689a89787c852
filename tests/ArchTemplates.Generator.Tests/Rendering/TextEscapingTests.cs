using ArchTemplates.Generator.Rendering.Escaping;

namespace ArchTemplates.Generator.Tests.Rendering;

/// <summary>
/// The escaping of each output context: ordinary texts come out unchanged, so documents of ordinary models stay
/// byte for byte as they were; the hostile ones are proven against the real tools in HostileTextDocumentTests.
/// </summary>
public sealed class TextEscapingTests
{
    [Theory]
    [InlineData("Sensor Monitoring Platform")]
    [InlineData("C# service")]
    [InlineData("snake_case_name")]
    [InlineData("2.14")]
    [InlineData("ASP.NET Core (v2), HTTPS/JSON")]
    [InlineData("R&D: 100% done - mostly")]
    public void Ordinary_text_is_unchanged_in_markdown(string text)
    {
        Assert.Equal(text, MarkdownText.Text(text));
        Assert.Equal(text, MarkdownText.Cell(text));
    }

    [Theory]
    [InlineData("<b>x</b>", "\\<b\\>x\\</b\\>")]
    [InlineData("a|b \\ c", "a\\|b \\\\ c")]
    [InlineData("Title ## #1", "Title \\## \\#1")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("- item", "\\- item")]
    [InlineData("&amp; &#35; & x", "\\&amp; \\&#35; & x")]
    [InlineData("_a_ *b* `c` [d] ~e~", "\\_a\\_ \\*b\\* \\`c\\` \\[d\\] \\~e\\~")]
    [InlineData(" two\r\nlines\n", "two lines")]
    public void Plain_text_escapes_what_would_start_markup(string text, string expected)
        => Assert.Equal(expected, MarkdownText.Text(text));

    [Fact]
    public void A_cell_keeps_markdown_but_not_pipes_or_line_breaks()
        => Assert.Equal("*Stores* a\\|b `c\\|d` and more", MarkdownText.Cell("*Stores* a|b `c|d`\nand more"));

    [Theory]
    [InlineData("Sensors send *readings*.\n\n- one\n- two\n\n```sh\ndotnet build\n```\n")]
    [InlineData("")]
    public void A_block_of_markdown_is_kept_as_written(string text)
        => Assert.Equal(text, MarkdownText.Block(text));

    [Theory]
    [InlineData("Before\n```\nnever closed", "Before\n```\nnever closed\n```")]
    [InlineData("~~~~ a\n```\n", "~~~~ a\n```\n~~~~")]
    public void A_code_block_left_open_is_closed_at_the_end_of_its_text(string text, string expected)
        => Assert.Equal(expected, MarkdownText.Block(text));

    [Fact]
    public void A_line_of_markdown_keeps_its_markup_on_one_line()
        => Assert.Equal("Uses *Polly* ``` - retries", MarkdownText.Line("Uses *Polly*\n```\n- retries"));

    [Theory]
    [InlineData("/readings/{id}", "`/readings/{id}`")]
    [InlineData("a `b` c", "``a `b` c``")]
    [InlineData("`x", "`` `x ``")]
    public void A_code_span_shows_its_text_verbatim(string text, string expected)
        => Assert.Equal(expected, MarkdownText.Code(text));

    [Theory]
    [InlineData("dotnet build", "```")]
    [InlineData("echo ```\n````", "`````")]
    public void A_fence_is_longer_than_any_run_of_backticks_inside(string text, string expected)
        => Assert.Equal(expected, MarkdownText.Fence(text));

    [Theory]
    [InlineData("Forwards readings to")]
    [InlineData("HTTPS/JSON, async")]
    [InlineData("Validate & analyze data")]
    public void Ordinary_text_is_unchanged_in_mermaid(string text)
        => Assert.Equal(text, MermaidText.Encoded(text));

    [Fact]
    public void Mermaid_texts_write_what_its_grammars_read_as_entity_codes()
        => Assert.Equal("Say #quot;hi#quot;#59; #35;1 100#37; #lt;b#gt; next line", MermaidText.Encoded("Say \"hi\"; #1 100% <b>\nnext line"));

    [Fact]
    public void C4_shape_texts_are_html_with_typographic_quotes_and_broken_up_entity_codes_and_directives()
        => Assert.Equal("A “b” (“c”) &amp; &lt;d&gt; #\u206035; C# %\u2060%{x", MermaidText.Shape("A \"b\" (\"c\") & <d> #35; C# %%{x"));
}
