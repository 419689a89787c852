using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ArchTemplates.Testing;

/// <summary>One <c>```mermaid</c> block as the real Mermaid renderer saw it.</summary>
/// <param name="File">The Markdown file.</param>
/// <param name="Line">The 1-based line of the block's opening fence.</param>
/// <param name="Kind">The diagram type the block declares (<c>C4Container</c>, <c>sequenceDiagram</c>, ...).</param>
/// <param name="Ok">Whether it rendered without error.</param>
/// <param name="Error">The renderer's message when it did not.</param>
/// <param name="Svg">The SVG file it drew, when an SVG directory was given.</param>
public sealed record MermaidBlockResult(string File, int Line, string? Kind, bool Ok, string? Error, string? Svg);

/// <summary>
/// Renders every Mermaid block of Markdown documents with <c>@mermaid-js/mermaid-cli</c> driving Debian's
/// Chromium; all documents of one call share one browser, so pass them together.
/// </summary>
public static partial class MermaidCheck
{
    public static IReadOnlyList<MermaidBlockResult> RenderAll(params string[] markdownPaths)
        => Render(markdownPaths);

    /// <summary>
    /// Also writes each drawn diagram to <paramref name="svgDirectory"/>. A diagram can render and still lack an
    /// element (Mermaid's C4 parser skips some malformed lines silently), so tests can look for every label in it.
    /// </summary>
    public static IReadOnlyList<MermaidBlockResult> RenderAll(string svgDirectory, IEnumerable<string> markdownPaths)
        => Render(["--svg-dir", svgDirectory, .. markdownPaths]);

    /// <summary>
    /// The texts a drawn diagram shows, one per SVG <c>text</c> element, with its pieces (Mermaid wraps labels
    /// word by word) joined by single spaces: "Readings Database", "[Container: PostgreSQL]", ...
    /// </summary>
    public static IReadOnlyList<string> TextsOf(string svgPath)
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        return [.. XDocument.Load(svgPath)
            .Descendants(svg + "text")
            .Select(text => string.Join(' ', text.DescendantNodes().OfType<XText>().Select(piece => piece.Value)))
            .Select(text => Whitespace().Replace(text, " ").Trim())
            .Where(text => text.Length > 0)];
    }

    /// <summary>
    /// Renders every block of a document in one call and asserts each rendered and drew the label of every C4
    /// element, boundary and relationship it declares: Mermaid's C4 parser can skip a malformed line without an
    /// error.
    /// </summary>
    /// <returns>The blocks, in document order.</returns>
    public static IReadOnlyList<MermaidBlockResult> AssertEveryBlockRenders(string markdownPath, string svgDirectory)
    {
        var blocks = RenderAll(svgDirectory, [markdownPath]);
        var lines = File.ReadAllLines(markdownPath);
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            Assert.True(block.Ok, $"The {block.Kind} block at line {block.Line} of {markdownPath} does not render: {block.Error}");
            var declared = DeclaredLabels(lines.Skip(block.Line).TakeWhile(line => line != "```"));
            var drawn = string.Join('\n', TextsOf(block.Svg!));
            Assert.All(declared, label => Assert.Contains(label, drawn, StringComparison.Ordinal));
        }

        return blocks;
    }

    /// <summary>
    /// The labels a C4 block's lines declare, as the drawing shows them: of every element and boundary (the second
    /// argument) and relationship (the third), with Mermaid's entity codes (#35; or #quot;) as their characters.
    /// </summary>
    public static IReadOnlyList<string> DeclaredLabels(IEnumerable<string> blockLines)
        => [.. blockLines
            .Select(line => C4Labelled().Match(line))
            .Where(match => match.Success)
            .Select(match => Entity().Replace(match.Groups["label"].Value, entity => WebUtility.HtmlDecode($"&{(char.IsDigit(entity.Groups["code"].Value[0]) ? "#" : string.Empty)}{entity.Groups["code"].Value};")))];

    private static List<MermaidBlockResult> Render(IEnumerable<string> arguments)
        => NodeTools.Run<List<MermaidBlockResult>>("render-mermaid.mjs", arguments, needsChromium: true, timeout: TimeSpan.FromMinutes(5));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*(?:(?:Person|System|System_Ext|Container|ContainerDb|ContainerQueue|Component|(?:System_|Container_|Enterprise_)?Boundary)\([^,]+|(?:Bi)?Rel(?:_[A-Za-z]+)?\([^,]+,[^,]+), ""(?<label>[^""]*)""")]
    private static partial Regex C4Labelled();

    [GeneratedRegex(@"#(?<code>[0-9]+|[a-z]+);")]
    private static partial Regex Entity();
}
