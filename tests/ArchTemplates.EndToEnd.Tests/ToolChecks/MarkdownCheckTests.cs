namespace ArchTemplates.EndToEnd.Tests.ToolChecks;

public sealed class MarkdownCheckTests
{
    [Fact]
    public void Escaped_headings_and_cells_read_as_written_and_every_line_of_a_table_has_its_columns()
    {
        var document = MarkdownCheck.Parse(Fixtures.PathOf("markdown-valid.md"));

        Assert.Equal([(1, "Architecture for <b>Sensors</b> #1"), (2, "Technology Table")], document.Headings.Select(heading => (heading.Level, heading.Text)));
        var table = Assert.Single(document.Tables);
        Assert.Equal(5, table.Line);
        Assert.Equal(["Technology", "Version", "Description"], table.Header);
        Assert.Equal(["a | b", "x | y", "Stores readings"], table.Rows[0]);
        Assert.Equal(["C#", "2.14", "Plain"], table.Rows[1]);
        Assert.Equal([3, 3, 3], table.Columns);
    }

    [Fact]
    public void A_pipe_that_splits_a_cell_shows_in_the_column_counts_though_the_parser_drops_the_extra_cell()
    {
        var table = Assert.Single(MarkdownCheck.Parse(Fixtures.PathOf("markdown-broken.md")).Tables);

        Assert.Equal([3, 4, 3], table.Columns);
        Assert.Equal(["a", "b", "2.14"], table.Rows[0]);
    }

    [Fact]
    public void Raw_html_is_not_heading_text_and_a_closing_sequence_of_hashes_is_dropped()
    {
        var headings = MarkdownCheck.Parse(Fixtures.PathOf("markdown-broken.md")).Headings;

        Assert.Equal(["Architecture for Sensors", "Technology Table", "Trailing hashes"], headings.Select(heading => heading.Text));
        Assert.Equal([1, 3, 10], headings.Select(heading => heading.Line));
    }
}
