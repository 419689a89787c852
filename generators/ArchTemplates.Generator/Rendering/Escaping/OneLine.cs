namespace ArchTemplates.Generator.Rendering.Escaping;

/// <summary>Text that must stay on one line (a heading, a table row, a diagram statement, a tree line): line breaks become spaces.</summary>
internal static class OneLine
{
    public static string Of(string? text)
        => (text ?? string.Empty).Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Trim();
}
