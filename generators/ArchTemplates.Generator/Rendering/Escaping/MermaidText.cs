using System.Text;

namespace ArchTemplates.Generator.Rendering.Escaping;

/// <summary>
/// Text that Mermaid draws exactly as given. Mermaid (12.x) turns <c>#name;</c> and <c>#35;</c> into
/// entities before it parses a diagram, so characters its grammars give a meaning are written as entity
/// codes where the text is drawn through them; C4 element shapes draw entity codes literally, so their
/// texts are written as HTML instead.
/// </summary>
[Component("Text Escaping", Description = "Escapes every text for where it lands: Mermaid labels, Markdown headings, cells and code")]
internal static class MermaidText
{
    /// <summary>An invisible character that stops Mermaid from reading <c>#35;</c> or <c>%%</c> in a shape's text.</summary>
    private const char WordJoiner = '\u2060';

    /// <summary>
    /// For the texts Mermaid decodes entity codes in: C4 titles, boundary labels and relationship labels,
    /// and a sequence diagram's participants, messages, notes and conditions. Line breaks become spaces.
    /// </summary>
    public static string Encoded(string? text)
    {
        var builder = new StringBuilder();
        foreach (var character in OneLine.Of(text))
        {
            builder.Append(character switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '%' => "#37;",
                ';' => "#59;",
                '<' => "#lt;",
                '>' => "#gt;",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// For the label, technology and description of a C4 element shape (<c>Person</c>, <c>Container</c>, ...).
    /// Mermaid 12 draws these without decoding its entity codes, but it reads HTML in them: <c>&amp;</c>,
    /// <c>&lt;</c> and <c>&gt;</c> are written as HTML entities. A double quote cannot be written inside the
    /// quoted argument at all, so it becomes a typographic quote (“ or ”); <c>#name;</c> and <c>%%</c> get an
    /// invisible word joiner so that Mermaid does not read an entity code or a directive in them.
    /// </summary>
    public static string Shape(string? text)
    {
        var line = OneLine.Of(text);
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var character = line[i];
            switch (character)
            {
                case '"':
                    builder.Append(i == 0 || char.IsWhiteSpace(line[i - 1]) || line[i - 1] is '(' or '[' or '{' ? '“' : '”');
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(character);
                    if ((character == '#' && IsEntityName(line, i + 1)) || (character == '%' && i + 1 < line.Length && line[i + 1] == '%'))
                    {
                        builder.Append(WordJoiner);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> continues at <paramref name="start"/> with word characters and a semicolon, as Mermaid's entity codes do.</summary>
    private static bool IsEntityName(string text, int start)
    {
        var end = start;
        while (end < text.Length && (text[end] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
        {
            end++;
        }

        return end > start && end < text.Length && text[end] == ';';
    }
}
