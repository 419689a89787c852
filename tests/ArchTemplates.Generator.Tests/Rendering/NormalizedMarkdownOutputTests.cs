using ArchTemplates.Generator.Rendering;

namespace ArchTemplates.Generator.Tests.Rendering;

/// <summary>Whatever a template writes, and however Scriban cuts it into pieces, the document comes out the same.</summary>
public sealed class NormalizedMarkdownOutputTests
{
    private const string Written = "\n\n# Title  \r\n\r\n\r\nText\t\n\n\n```\ncode\n\n\n  indented  \n```\n\n~~~\n```\n\n\n~~~\n\n\nEnd   \n\n\n";

    private static readonly string Expected =
        $"# Title\n{GeneratedFileMarker.MarkdownComment}\n\nText\n\n```\ncode\n\n\n  indented\n```\n\n~~~\n```\n\n\n~~~\n\nEnd\n";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Trailing_space_blank_runs_outside_code_and_final_newlines_go_and_the_marker_follows_the_first_line(int pieceLength)
    {
        var output = new NormalizedMarkdownOutput(int.MaxValue);
        for (var offset = 0; offset < Written.Length; offset += pieceLength)
        {
            output.Write(Written, offset, Math.Min(pieceLength, Written.Length - offset));
        }

        Assert.Equal(Expected, output.Complete());
        Assert.True(output.HasText);
    }

    [Fact]
    public void A_last_line_without_a_newline_is_kept()
    {
        var output = new NormalizedMarkdownOutput(int.MaxValue);
        output.Write("# Title\nLast", 0, 12);

        Assert.Equal($"# Title\n{GeneratedFileMarker.MarkdownComment}\nLast\n", output.Complete());
    }

    [Fact]
    public void Text_past_the_limit_is_counted_and_makes_the_output_too_long()
    {
        var output = new NormalizedMarkdownOutput(maxLength: 12);
        output.Write("# Title\nLast", 0, 12);
        Assert.False(output.IsTooLong);

        output.Write("ing line\n", 0, 9);

        Assert.True(output.IsTooLong);
        Assert.Equal(21, output.WrittenLength);
    }

    [Fact]
    public void Only_white_space_is_no_text()
    {
        var output = new NormalizedMarkdownOutput(int.MaxValue);
        output.Write(" \n\t\r\n  ", 0, 7);

        output.Complete();
        Assert.False(output.HasText);
    }
}
