using System;
using Scriban.Runtime;

namespace ArchTemplates.Generator.Rendering.Escaping;

/// <summary>
/// The <c>markdown</c> functions a document template escapes text with (documented in docs/document-template.md):
/// <c>{{ title | markdown.text }}</c> in a heading, <c>{{ markdown.cell description }}</c> in a table, ...
/// </summary>
internal static class MarkdownFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("text", new Func<string?, string>(MarkdownText.Text));
        functions.Import("line", new Func<string?, string>(MarkdownText.Line));
        functions.Import("block", new Func<string?, string>(MarkdownText.Block));
        functions.Import("cell", new Func<string?, string>(MarkdownText.Cell));
        functions.Import("code", new Func<string?, string>(MarkdownText.Code));
        functions.Import("fence", new Func<string?, string>(MarkdownText.Fence));
        return functions;
    }
}
