namespace ArchTemplates;

/// <summary>The two things about a Markdown line that generating and keeping documents depend on. Compiled into both.</summary>
internal static class MarkdownLines
{
    /// <summary>A line that opens or closes a fenced code block.</summary>
    public static bool IsFence(string line) => line.TrimStart().StartsWith("```", System.StringComparison.Ordinal);

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
}
