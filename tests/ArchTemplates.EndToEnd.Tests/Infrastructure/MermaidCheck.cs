namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>One <c>```mermaid</c> block as the real Mermaid renderer saw it.</summary>
/// <param name="File">The Markdown file.</param>
/// <param name="Line">The 1-based line of the block's opening fence.</param>
/// <param name="Kind">The diagram type the block declares (<c>C4Container</c>, <c>sequenceDiagram</c>, ...).</param>
/// <param name="Ok">Whether it rendered without error.</param>
/// <param name="Error">The renderer's message when it did not.</param>
public sealed record MermaidBlockResult(string File, int Line, string? Kind, bool Ok, string? Error);

/// <summary>
/// Renders every Mermaid block of Markdown documents with <c>@mermaid-js/mermaid-cli</c> driving Debian's
/// Chromium; all documents of one call share one browser, so pass them together.
/// </summary>
public static class MermaidCheck
{
    public static IReadOnlyList<MermaidBlockResult> RenderAll(params string[] markdownPaths)
        => NodeTools.Run<List<MermaidBlockResult>>("render-mermaid.mjs", markdownPaths, needsChromium: true, timeout: TimeSpan.FromMinutes(5));
}
