namespace ArchTemplates.Build.Tasks.Tests;

public sealed class GeneratedFileWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("archtemplates-writer-").FullName;

    private static readonly string Generated = "# Architecture for X\n" + GeneratedFileMarker.MarkdownComment + "\n\nStatus: Draft\n";

    [Fact]
    public void Creates_missing_folders_and_the_file()
    {
        var path = Path.Combine(_directory, "docs", "architecture.md");

        Assert.Equal(WriteOutcome.Written, GeneratedFileWriter.Write(path, Generated));
        Assert.Equal(Generated, File.ReadAllText(path));
    }

    [Fact]
    public void Leaves_an_identical_file_and_its_timestamp_alone()
    {
        var path = Path.Combine(_directory, "architecture.md");
        GeneratedFileWriter.Write(path, Generated);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        Assert.Equal(WriteOutcome.Unchanged, GeneratedFileWriter.Write(path, Generated));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Replaces_a_previously_generated_file_and_leaves_no_temporary_file_behind()
    {
        var path = Path.Combine(_directory, "architecture.md");
        GeneratedFileWriter.Write(path, Generated);
        var updated = Generated.Replace("Draft", "Approved", StringComparison.Ordinal);

        Assert.Equal(WriteOutcome.Written, GeneratedFileWriter.Write(path, updated));
        Assert.Equal(updated, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void A_checkout_with_CRLF_line_endings_counts_as_unchanged()
    {
        var path = Path.Combine(_directory, "architecture.md");
        File.WriteAllText(path, Generated.Replace("\n", "\r\n", StringComparison.Ordinal));
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        Assert.Equal(WriteOutcome.Unchanged, GeneratedFileWriter.Write(path, Generated));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Never_overwrites_a_file_a_person_wrote()
    {
        var path = Path.Combine(_directory, "architecture.md");
        const string handWritten = "# Our architecture\n\nWritten by hand.\n";
        File.WriteAllText(path, handWritten);

        Assert.Equal(WriteOutcome.NotOurs, GeneratedFileWriter.Write(path, Generated));
        Assert.Equal(handWritten, File.ReadAllText(path));
    }

    [Fact]
    public void Writes_utf8_without_a_byte_order_mark()
    {
        var path = Path.Combine(_directory, "architecture.md");
        GeneratedFileWriter.Write(path, Generated + "Größe\n");

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.EndsWith("Größe\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
