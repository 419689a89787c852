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

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string EscapeXml(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public override string ToString() => _builder.ToString();

    private sealed class Scope(CSharpWriter writer) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            writer.Line("}");
        }
    }
}
