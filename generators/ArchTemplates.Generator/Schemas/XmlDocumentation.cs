using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Schemas;

/// <summary>A member's description for its schema, from the XML documentation the compiler has for it.</summary>
internal static class XmlDocumentation
{
    /// <summary>The member's <c>&lt;summary&gt;</c>, or for a positional record's property the record's <c>&lt;param&gt;</c> of its name.</summary>
    public static string? Summary(ISymbol member) => DocumentationSummary(member) ?? PositionalParameterDocumentation(member);

    private static string? DocumentationSummary(ISymbol symbol) => DocumentationElement(symbol.GetDocumentationCommentXml(), "<summary>", "</summary>");

    /// <summary>A positional record's property is documented by the record's <c>&lt;param&gt;</c> of the same name.</summary>
    private static string? PositionalParameterDocumentation(ISymbol member)
        => member.ContainingType.IsRecord
            ? DocumentationElement(member.ContainingType.GetDocumentationCommentXml(), $"<param name=\"{member.Name}\">", "</param>")
            : null;

    private static string? DocumentationElement(string? xml, string open, string close)
    {
        var start = xml?.IndexOf(open, System.StringComparison.Ordinal) ?? -1;
        var end = start < 0 ? -1 : xml!.IndexOf(close, start, System.StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        // Tags inside the text (<see cref="..."/>, <c>) are dropped; their words stay.
        var inner = System.Text.RegularExpressions.Regex.Replace(xml!.Substring(start + open.Length, end - start - open.Length), "<[^>]+>", string.Empty);
        var text = string.Join(" ", inner.Split((char[])['\n', '\r', ' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : System.Net.WebUtility.HtmlDecode(text);
    }
}
