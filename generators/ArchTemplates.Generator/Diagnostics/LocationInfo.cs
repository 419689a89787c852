using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Diagnostics;

/// <summary>
/// A source location as a plain value. Pipeline values must not hold <see cref="Location"/>, which
/// would keep a syntax tree alive and never compare equal across runs.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode node) => From(node.GetLocation());

    public static LocationInfo? From(Location location)
    {
        if (location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    /// <summary>A location in an additional file (such as architecture.yml) from 1-based line and column numbers.</summary>
    public static LocationInfo InFile(string filePath, SourceText text, int line, int column, int length)
    {
        var lineIndex = System.Math.Max(0, System.Math.Min(line - 1, text.Lines.Count - 1));
        var textLine = text.Lines[lineIndex];
        var start = System.Math.Min(textLine.Start + System.Math.Max(0, column - 1), textLine.End);
        var end = System.Math.Min(start + System.Math.Max(0, length), textLine.End);
        var span = TextSpan.FromBounds(start, end);
        return new LocationInfo(filePath, span, text.Lines.GetLinePositionSpan(span));
    }
}
