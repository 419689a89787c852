namespace ArchTemplates.Testing;

/// <summary>A heading as a Markdown parser reads it.</summary>
/// <param name="Line">Its 1-based line.</param>
/// <param name="Level">1 for <c>#</c>, 2 for <c>##</c>, ...</param>
/// <param name="Text">What a reader sees: its text without markup; inline HTML is not text.</param>
public sealed record MarkdownHeading(int Line, int Level, string Text);

/// <summary>A table as a Markdown parser reads it: the texts of its header cells and of each row's cells.</summary>
/// <param name="Line">The 1-based line of its header row.</param>
/// <param name="Header">The header cells' texts.</param>
/// <param name="Rows">Each body row's cells' texts (a parser drops the cells past the header's count).</param>
/// <param name="Columns">How many cells each line holds as written, the header's first: a pipe that splits a cell shows here.</param>
public sealed record MarkdownTable(int Line, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> Columns);

/// <summary>The headings and tables of one Markdown document, in document order.</summary>
public sealed record MarkdownStructure(string File, IReadOnlyList<MarkdownHeading> Headings, IReadOnlyList<MarkdownTable> Tables);

/// <summary>
/// Reads Markdown documents with <c>markdown-it</c> (CommonMark with GitHub's tables and inline HTML), so
/// tests see headings and table cells as a renderer does rather than as a line scan guesses.
/// </summary>
public static class MarkdownCheck
{
    public static MarkdownStructure Parse(string markdownPath)
        => NodeTools.Run<List<MarkdownStructure>>("check-markdown.mjs", [markdownPath]).Single();
}
