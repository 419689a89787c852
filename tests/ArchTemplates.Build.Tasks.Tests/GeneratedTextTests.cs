namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>The content hash in a generated file's marker line, and what counts as a person's edit.</summary>
public sealed class GeneratedTextTests
{
    private static readonly string Document =
        $"# Architecture for X\n{GeneratedFileMarker.MarkdownComment}\n\n## Technical Summary\n\nSensors send readings.\n\n<!-- archtemplates:handwritten section=\"## Technical Summary\" -->\nOur notes.\n{HandwrittenBlocks.EndMarker}\n\n## Change Log\n\n_None._\n";

    private static readonly string Schema = $"{{\n  \"$comment\": \"{GeneratedFileMarker.Token}: derived from Acme.Alert\",\n  \"title\": \"Alert\"\n}}\n";

    private static string Stamped => GeneratedText.OfDocument(Document).Stamped;

    [Fact]
    public void The_hash_goes_right_after_the_marker_token_and_is_the_same_for_the_same_text()
    {
        // Files on disk carry this hash: a change to how it is computed makes every existing document look edited.
        Assert.Equal(Document.Replace(GeneratedFileMarker.Token, GeneratedFileMarker.Token + " hash=8d13a5915793249b", StringComparison.Ordinal), Stamped);
        Assert.Equal(Stamped, GeneratedText.OfDocument(Stamped).Stamped);
        Assert.Equal(
            Schema.Replace(GeneratedFileMarker.Token, GeneratedFileMarker.Token + " hash=" + GeneratedText.OfWholeFile(Schema).Hash, StringComparison.Ordinal),
            GeneratedText.OfWholeFile(Schema).Stamped);
    }

    [Fact]
    public void A_file_as_the_build_wrote_it_is_not_edited()
    {
        var onDisk = GeneratedText.OfDocument(Stamped);

        Assert.Equal(onDisk.Hash, onDisk.StoredHash);
        Assert.False(onDisk.IsEdited);
        Assert.Null(onDisk.FirstEditedLine(GeneratedText.OfDocument(Document.Replace("Sensors send", "Devices send", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("\n", "\r\n")]
    [InlineData("\n\n## Change Log", "\n  \n\n\n## Change Log")]
    [InlineData("_None._\n", "_None._")]
    [InlineData("Sensors send readings.\n", "Sensors send readings.   \t\n")]
    [InlineData("Our notes.\n", "Our notes, rewritten\nover two lines.\n")]
    [InlineData("_None._\n", "_None._\n\n<!-- archtemplates:handwritten -->\n\nA new block.\n\n<!-- archtemplates:end -->\n\n")]
    [InlineData("<!-- archtemplates:handwritten section=\"## Technical Summary\" -->\nOur notes.\n<!-- archtemplates:end -->\n", "")]
    public void Line_endings_spaces_blank_lines_and_hand_written_blocks_are_no_edits(string find, string replace)
    {
        var onDisk = GeneratedText.OfDocument(Stamped.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal(onDisk.StoredHash, onDisk.Hash);
        Assert.False(onDisk.IsEdited);
    }

    [Theory]
    [InlineData("Sensors send readings.\n", "Sensors send readings every second.\n", 6)]
    [InlineData("Sensors send readings.\n", "", 11)]
    [InlineData("## Change Log\n", "## Change Log\n\nA line added by hand.\n", 14)]
    [InlineData("_None._\n", "_None._\nAppended.\n", 15)]
    [InlineData("\n_None._\n", "\n", 12)]
    public void An_edit_elsewhere_is_found_at_its_first_line_in_the_file_on_disk(string find, string replace, int line)
    {
        var onDisk = GeneratedText.OfDocument(Stamped.Replace(find, replace, StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(onDisk.IsEdited);
        Assert.Equal(line, onDisk.FirstEditedLine(GeneratedText.OfDocument(Document)));
    }

    [Fact]
    public void An_edit_that_already_reads_as_the_regenerated_text_loses_nothing()
    {
        var regenerated = GeneratedText.OfDocument(Document.Replace("Sensors send", "Devices send", StringComparison.Ordinal));
        var onDisk = GeneratedText.OfDocument(Stamped.Replace("Sensors send", "Devices send", StringComparison.Ordinal));

        Assert.True(onDisk.IsEdited);
        Assert.Null(onDisk.FirstEditedLine(regenerated));
    }

    [Fact]
    public void A_file_written_before_content_hashes_counts_as_the_builds_own()
    {
        var onDisk = GeneratedText.OfDocument(Document.Replace("Sensors send", "Edited by hand", StringComparison.Ordinal));

        Assert.Null(onDisk.StoredHash);
        Assert.False(onDisk.IsEdited);
        Assert.Null(onDisk.FirstEditedLine(GeneratedText.OfDocument(Document)));
    }

    [Fact]
    public void An_edited_schema_is_found_at_its_first_changed_line()
    {
        var stamped = GeneratedText.OfWholeFile(Schema).Stamped;
        var onDisk = GeneratedText.OfWholeFile(stamped.Replace("\"Alert\"", "\"Alarm\"", StringComparison.Ordinal));

        Assert.False(GeneratedText.OfWholeFile(stamped.Replace("\n", "\r\n", StringComparison.Ordinal)).IsEdited);
        Assert.True(onDisk.IsEdited);
        Assert.Equal(3, onDisk.FirstEditedLine(GeneratedText.OfWholeFile(Schema)));
        Assert.Equal(Schema, GeneratedText.WithoutHash(stamped));
    }
}
