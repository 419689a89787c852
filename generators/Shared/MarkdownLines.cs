namespace ArchTemplates;

/// <summary>What generating and keeping documents need to know about Markdown lines. Compiled into both.</summary>
internal static class MarkdownLines
{
    /// <summary>A line that may open or close a fenced code block: three or more backticks or tildes.</summary>
    public static bool IsFence(string line) => FenceLength(line.TrimStart()) >= 3;

    /// <summary>An ATX heading (<c>## Title</c>); only meaningful outside fenced code.</summary>
    public static bool IsHeading(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && line.Length > level + 1 && line[level] == ' ' && !char.IsWhiteSpace(line[level + 1]);
    }

    /// <summary>How many backticks or tildes the text starts with.</summary>
    internal static int FenceLength(string text)
    {
        var length = 0;
        while (length < text.Length && (text[length] == '`' || text[length] == '~') && text[length] == text[0])
        {
            length++;
        }

        return length;
    }
}

/// <summary>
/// Follows fenced code blocks through a document, line by line: a fence of three or more backticks or tildes
/// opens one, and only a fence of the same character, at least as long and with nothing after it, closes it
/// (so a ``` line inside a ~~~ block is code).
/// </summary>
internal sealed class CodeFences
{
    private char _marker;
    private int _length;

    /// <summary>Whether a code block is open after the lines read so far.</summary>
    public bool IsOpen => _length > 0;

    /// <summary>The fence that closes the open code block, or null when none is open.</summary>
    public string? ClosingFence => IsOpen ? new string(_marker, _length) : null;

    /// <summary>Reads the next line; returns <see cref="IsOpen"/> after it.</summary>
    public bool Read(string line)
    {
        var text = line.TrimStart();
        var length = MarkdownLines.FenceLength(text);
        if (length < 3)
        {
            return IsOpen;
        }

        if (!IsOpen)
        {
            (_marker, _length) = (text[0], length);
        }
        else if (text[0] == _marker && length >= _length && text.Substring(length).Trim().Length == 0)
        {
            _length = 0;
        }

        return IsOpen;
    }
}
