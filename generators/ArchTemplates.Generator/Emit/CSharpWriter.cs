using System;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Generator.Emit;

/// <summary>A small indented writer for generated C#: cheaper and more readable than SyntaxFactory plus NormalizeWhitespace.</summary>
internal sealed class CSharpWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CSharpWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Scope(this);
    }

    /// <summary>An XML doc summary; the text is escaped.</summary>
    public CSharpWriter Summary(string text)
    {
        Line("/// <summary>");
        foreach (var line in text.Split('\n'))
        {
            Line("/// " + EscapeXml(line.TrimEnd('\r')));
        }

        return Line("/// </summary>");
    }

    /// <summary>
    /// Writes <c>{before}"{the parts, escaped}"{after}</c> as one line, escaping straight into the output:
    /// a document is megabytes, and an escaped copy of it would be another large object.
    /// </summary>
    public CSharpWriter LineWithLiteral(string before, string after, params string[] parts)
    {
        _builder.Append(' ', _indent * 4).Append(before).Append('"');
        foreach (var part in parts)
        {
            AppendEscaped(_builder, part);
        }

        _builder.Append('"').Append(after).Append('\n');
        return this;
    }

    /// <summary>A regular C# string literal, exactly as <see cref="SymbolDisplay.FormatLiteral(string, bool)"/> writes it.</summary>
    public static string Literal(string value) => AppendEscaped(new StringBuilder(value.Length + 2).Append('"'), value).Append('"').ToString();

    public static string EscapeXml(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public override string ToString() => _builder.ToString();

    /// <summary>
    /// Appends <paramref name="value"/> escaped for a regular string literal, as Roslyn's formatter would.
    /// Printable ASCII is copied in runs and the common escapes are written here; only runs of other
    /// characters go to Roslyn, which is slow on the megabytes of a large document.
    /// </summary>
    private static StringBuilder AppendEscaped(StringBuilder literal, string value)
    {
        for (var index = 0; index < value.Length;)
        {
            var start = index;
            while (index < value.Length && IsPlain(value[index]))
            {
                index++;
            }

            literal.Append(value, start, index - start);
            start = index;
            while (index < value.Length && !IsPlain(value[index]) && CommonEscape(value[index]) is null)
            {
                index++;
            }

            if (index > start)
            {
                literal.Append(SymbolDisplay.FormatLiteral(value.Substring(start, index - start), quote: false));
            }

            if (index < value.Length && CommonEscape(value[index]) is { } escape)
            {
                literal.Append(escape);
                index++;
            }
        }

        return literal;
    }

    private static string? CommonEscape(char character) => character switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => null,
    };

    private static bool IsPlain(char character) => character is >= ' ' and < '\u007f' and not '"' and not '\\';

    private sealed class Scope(CSharpWriter writer) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            writer.Line("}");
        }
    }
}
