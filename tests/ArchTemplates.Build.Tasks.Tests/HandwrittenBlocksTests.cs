namespace ArchTemplates.Build.Tasks.Tests;

public sealed class HandwrittenBlocksTests
{
    private static readonly string Marker = GeneratedFileMarker.MarkdownComment;

    private static string Generated(string summary, string technology = "| Kubernetes | 1.30 |")
        => $"# Architecture for X\n{Marker}\n\nStatus: Draft\n\n## Technical Summary\n\n{summary}\n\n## Technology Table\n\n{technology}\n\n## Change Log\n\n_None._\n";

    [Fact]
    public void A_block_keeps_its_text_verbatim_under_its_section_when_the_generated_text_around_it_changes()
    {
        const string notes = "Our notes:\n  - indented *markdown*   \n\n```\n## not a heading\n```";
        var first = HandwrittenBlocks.Merge(Generated("First summary."), []).Content
            .Replace("First summary.\n", $"First summary.\n\n<!-- archtemplates:handwritten -->\n{notes}\n{HandwrittenBlocks.EndMarker}\n", StringComparison.Ordinal);

        var current = first;
        foreach (var summary in new[] { "Second summary.", "A third,\nlonger summary.", "Fourth." })
        {
            current = HandwrittenBlocks.Merge(Generated(summary, $"| Kubernetes | {summary.Length} |"), HandwrittenBlocks.Extract(current).Blocks).Content;

            Assert.Contains($"{summary}\n\n<!-- archtemplates:handwritten section=\"## Technical Summary\" -->\n{notes}\n{HandwrittenBlocks.EndMarker}\n\n## Technology Table", current, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Merging_is_idempotent()
    {
        var withBlock = Generated("Summary.").Replace("_None._\n", $"_None._\n\n<!-- archtemplates:handwritten -->\nA note at the end.\n{HandwrittenBlocks.EndMarker}\n", StringComparison.Ordinal);
        var once = HandwrittenBlocks.Merge(Generated("Summary."), HandwrittenBlocks.Extract(withBlock).Blocks).Content;
        var twice = HandwrittenBlocks.Merge(Generated("Summary."), HandwrittenBlocks.Extract(once).Blocks).Content;

        Assert.Equal(once, twice);
        Assert.EndsWith($"_None._\n\n<!-- archtemplates:handwritten section=\"## Change Log\" -->\nA note at the end.\n{HandwrittenBlocks.EndMarker}\n", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_blocks_keep_their_sections_and_order_and_the_title_section_is_anchored_whatever_the_title()
    {
        var existing = $"# Architecture for Old Title\n{Marker}\n\n<!-- archtemplates:handwritten -->\nIntro.\n{HandwrittenBlocks.EndMarker}\n\n## Technical Summary\n\nS\n\n<!-- archtemplates:handwritten -->\nOne.\n{HandwrittenBlocks.EndMarker}\n\n<!-- archtemplates:handwritten -->\nTwo.\n{HandwrittenBlocks.EndMarker}\n";

        var merged = HandwrittenBlocks.Merge(Generated("New."), HandwrittenBlocks.Extract(existing).Blocks);

        Assert.Empty(merged.Orphans);
        Assert.Contains($"Status: Draft\n\n<!-- archtemplates:handwritten section=\"#\" -->\nIntro.\n{HandwrittenBlocks.EndMarker}\n\n## Technical Summary", merged.Content, StringComparison.Ordinal);
        Assert.Contains($"New.\n\n<!-- archtemplates:handwritten section=\"## Technical Summary\" -->\nOne.\n{HandwrittenBlocks.EndMarker}\n\n<!-- archtemplates:handwritten section=\"## Technical Summary\" -->\nTwo.\n{HandwrittenBlocks.EndMarker}\n\n## Technology Table", merged.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_whose_section_disappeared_is_kept_at_the_end_and_reported()
    {
        var existing = $"# Architecture for X\n{Marker}\n\n#### Billing\n\n<!-- archtemplates:handwritten -->\nBilling notes.\n{HandwrittenBlocks.EndMarker}\n";

        var merged = HandwrittenBlocks.Merge(Generated("S."), HandwrittenBlocks.Extract(existing).Blocks);

        var orphan = Assert.Single(merged.Orphans);
        Assert.Equal("#### Billing", orphan.Block.Section);
        Assert.Equal("<!-- archtemplates:handwritten section=\"#### Billing\" -->", merged.Content.Split('\n')[orphan.Line - 1]);
        Assert.EndsWith($"_None._\n\n<!-- archtemplates:handwritten section=\"#### Billing\" -->\nBilling notes.\n{HandwrittenBlocks.EndMarker}\n", merged.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_block_is_reported_at_its_start_marker_and_not_taken_for_a_block()
    {
        var existing = $"# T\n{Marker}\n\n## Change Log\n\n<!-- archtemplates:handwritten -->\nLine one.\nLine two.";

        var extracted = HandwrittenBlocks.Extract(existing);

        Assert.Empty(extracted.Blocks);
        Assert.Equal(new UnclosedBlock(6, null), Assert.Single(extracted.Unclosed));
    }

    [Fact]
    public void A_start_marker_inside_an_open_block_reports_the_open_block_and_the_next_block_still_counts()
    {
        var existing = $"# T\n{Marker}\n\n## Change Log\n\n<!-- archtemplates:handwritten -->\nOpen.\n\n<!-- archtemplates:handwritten -->\nClosed.\n{HandwrittenBlocks.EndMarker}\n";

        var extracted = HandwrittenBlocks.Extract(existing);

        Assert.Equal(new UnclosedBlock(6, 9), Assert.Single(extracted.Unclosed));
        Assert.Equal("Closed.", Assert.Single(extracted.Blocks).Text);
    }

    [Theory]
    [InlineData("```markdown\n<!-- archtemplates:handwritten -->\n```")]
    [InlineData("~~~markdown\n<!-- archtemplates:handwritten -->\n~~~")]
    [InlineData("~~~~\n```\n<!-- archtemplates:handwritten -->\n<!-- archtemplates:end -->\n```\n~~~~")]
    public void A_marker_quoted_in_a_code_block_inside_a_block_is_text(string text)
    {
        var existing = $"# T\n{Marker}\n\n<!-- archtemplates:handwritten -->\n{text}\n{HandwrittenBlocks.EndMarker}\n";

        var extracted = HandwrittenBlocks.Extract(existing);

        Assert.Empty(extracted.Unclosed);
        Assert.Equal(text, Assert.Single(extracted.Blocks).Text);
    }

    [Fact]
    public void A_heading_with_quotes_keeps_its_block()
    {
        var existing = $"# T\n{Marker}\n\n## Change Log\n\n#### Gateway \"Edge\"\n\n<!-- archtemplates:handwritten -->\nEdge notes.\n{HandwrittenBlocks.EndMarker}\n";
        var generated = $"# T\n{Marker}\n\n## Change Log\n\n#### Gateway \"Edge\"\n\nGenerated.\n";

        var once = HandwrittenBlocks.Merge(generated, HandwrittenBlocks.Extract(existing).Blocks).Content;
        var twice = HandwrittenBlocks.Merge(generated, HandwrittenBlocks.Extract(once).Blocks);

        Assert.Empty(twice.Orphans);
        Assert.Equal(once, twice.Content);
        Assert.Contains("Edge notes.", twice.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_marker_quoted_in_a_code_block_does_not_end_the_block()
    {
        const string text = "How to keep notes:\n```markdown\n<!-- archtemplates:handwritten -->\nA note\n<!-- archtemplates:end -->\n```\nAnd more text.";
        var existing = $"# T\n{Marker}\n\n## Change Log\n\n<!-- archtemplates:handwritten -->\n{text}\n{HandwrittenBlocks.EndMarker}\n";

        Assert.Equal(text, Assert.Single(HandwrittenBlocks.Extract(existing).Blocks).Text);
    }

    [Fact]
    public void Blocks_under_repeated_headings_stay_under_their_own_occurrence()
    {
        var generated = $"# T\n{Marker}\n\n#### APIs\n\nFirst.\n\n#### APIs\n\nSecond.\n";
        var existing = generated.Replace("Second.\n", $"Second.\n\n<!-- archtemplates:handwritten -->\nOn the second.\n{HandwrittenBlocks.EndMarker}\n", StringComparison.Ordinal);

        var merged = HandwrittenBlocks.Merge(generated, HandwrittenBlocks.Extract(existing).Blocks).Content;

        Assert.EndsWith($"Second.\n\n<!-- archtemplates:handwritten section=\"#### APIs (2)\" -->\nOn the second.\n{HandwrittenBlocks.EndMarker}\n", merged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Notes on \"A --> B\" & <C>")]
    [InlineData("## Ends with a quote\"")]
    [InlineData("## Looks encoded: &quot; &amp;lt;")]
    public void A_section_whose_heading_holds_quotes_or_a_comment_end_is_written_as_one_marker_and_read_back(string heading)
    {
        var generated = $"# Architecture for X\n{Marker}\n\n{heading}\n\nText.\n\n## Change Log\n\n_None._\n";
        var withBlock = generated.Replace("Text.\n", $"Text.\n\n<!-- archtemplates:handwritten -->\nMine.\n{HandwrittenBlocks.EndMarker}\n", StringComparison.Ordinal);

        var once = HandwrittenBlocks.Merge(generated, HandwrittenBlocks.Extract(withBlock).Blocks).Content;
        var block = Assert.Single(HandwrittenBlocks.Extract(once).Blocks);
        var twice = HandwrittenBlocks.Merge(generated, [block]);

        var marker = Assert.Single(once.Split('\n'), line => line.StartsWith("<!-- archtemplates:handwritten", StringComparison.Ordinal));
        Assert.Equal(marker.Length - 3, marker.IndexOf("-->", StringComparison.Ordinal));
        Assert.Equal(2, marker.Count(character => character == '"'));
        Assert.Equal(heading, block.Section);
        Assert.Equal(once, twice.Content);
        Assert.Empty(twice.Orphans);
    }

    [Fact]
    public void A_marker_written_before_sections_were_encoded_keeps_its_section()
    {
        var generated = $"# Architecture for X\n{Marker}\n\n## Say \"hi\"\n\nText.\n";
        var existing = generated + "\n<!-- archtemplates:handwritten section=\"## Say \"hi\"\" -->\nMine.\n" + HandwrittenBlocks.EndMarker + "\n";

        var block = Assert.Single(HandwrittenBlocks.Extract(existing).Blocks);

        Assert.Equal("## Say \"hi\"", block.Section);
        Assert.Empty(HandwrittenBlocks.Merge(generated, [block]).Orphans);
    }
}
