using System.Linq;
using System.Text;

namespace ArchTemplates.Generator.Rendering.Escaping;

/// <summary>
/// Text placed in Markdown so that a reader sees it as written and the document keeps its structure. Names,
/// titles and technologies are plain text (<see cref="Text"/>); descriptions are Markdown as written, and only
/// made to stay inside their paragraph (<see cref="Block"/>), list item (<see cref="Line"/>) or table cell (<see cref="Cell"/>).
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// Plain text as inline Markdown on one line, for headings, table cells, list items and bold labels: every
    /// character that would start markup (emphasis, code, links, HTML, entities, a cell boundary, a closing
    /// <c>#</c>) is escaped with a backslash; ordinary words, "C#" and snake_case are left as they are.
    /// </summary>
    public static string Text(string? text)
    {
        var line = OneLine.Of(text);
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var character = line[i];
            if (NeedsBackslash(line, i))
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>Markdown text (a description) in a list item or after a label: on one line, so it cannot start a block of its own.</summary>
    public static string Line(string? text) => OneLine.Of(text);

    /// <summary>
    /// Markdown text (a summary, a description) as a paragraph of its own, kept as written; a code block it
    /// leaves open is closed at its end, so it cannot swallow the rest of the document.
    /// </summary>
    public static string Block(string? text)
    {
        var block = text ?? string.Empty;
        var fences = new CodeFences();
        foreach (var line in block.Split('\n'))
        {
            fences.Read(line.TrimEnd('\r'));
        }

        return fences.ClosingFence is { } fence ? block.TrimEnd('\r', '\n') + "\n" + fence : block;
    }

    /// <summary>Markdown text (a description) in a table cell: on one line, and its pipes do not end the cell.</summary>
    public static string Cell(string? text) => OneLine.Of(text).Replace("|", "\\|");

    /// <summary>A code span that shows <paramref name="text"/> verbatim, however many backticks it holds.</summary>
    public static string Code(string? text)
    {
        var line = OneLine.Of(text);
        var fence = new string('`', LongestRun(line, '`') + 1);
        var padding = line.StartsWith("`", System.StringComparison.Ordinal) || line.EndsWith("`", System.StringComparison.Ordinal) ? " " : string.Empty;
        return fence + padding + line + padding + fence;
    }

    /// <summary>The backtick fence for a code block of <paramref name="text"/>: three, or more than the longest run of backticks in it.</summary>
    public static string Fence(string? text) => new('`', System.Math.Max(3, LongestRun(text ?? string.Empty, '`') + 1));

    private static bool NeedsBackslash(string line, int i)
    {
        var before = i == 0 ? ' ' : line[i - 1];
        switch (line[i])
        {
            case '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~':
                return true;
            case '_':
                // Between letters or digits an underscore cannot start or end emphasis.
                return !(char.IsLetterOrDigit(before) && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1]));
            case '#':
                // Only a # after a space can close a heading or open one.
                return char.IsWhiteSpace(before);
            case '&':
                return IsEntity(line, i + 1);
            case '-' or '+':
                // At the start of a list item's text "- " or "1. " would open a nested list.
                return i == 0 && EndsWord(line, i);
            case '.' or ')':
                return i > 0 && line.Take(i).All(char.IsDigit) && EndsWord(line, i);
            default:
                return false;
        }
    }

    /// <summary>Whether a character reference (<c>&amp;amp;</c>, <c>&amp;#35;</c>) follows an ampersand at <paramref name="start"/>.</summary>
    private static bool IsEntity(string text, int start)
    {
        var end = start < text.Length && text[start] == '#' ? start + 1 : start;
        var nameStart = end;
        while (end < text.Length && char.IsLetterOrDigit(text[end]) && text[end] < 128)
        {
            end++;
        }

        return end > nameStart && end < text.Length && text[end] == ';';
    }

    private static bool EndsWord(string line, int i) => i + 1 == line.Length || line[i + 1] == ' ';

    private static int LongestRun(string text, char character)
    {
        int longest = 0, current = 0;
        foreach (var each in text)
        {
            current = each == character ? current + 1 : 0;
            longest = System.Math.Max(longest, current);
        }

        return longest;
    }

}
