namespace ArchTemplates;

/// <summary>
/// The token that marks a file as written by ArchTemplates. The generator puts it into the header of every
/// file it produces (the line after a document's title; a schema's top-level <c>$comment</c>); the build
/// tasks overwrite or remove an existing file only when its header carries the token, so a file a person
/// wrote at the same path — even one that mentions the token in its text — is never lost. When the build
/// writes a file it puts a hash of the file's generated text right after the token
/// (<c>archtemplates:generated hash=…</c>), so that a later build can tell whether a person has edited it.
/// </summary>
internal static class GeneratedFileMarker
{
    public const string Token = "archtemplates:generated";

    public const string MarkdownComment =
        "<!-- " + Token + " — this file is generated from architecture.yml and the code's architecture attributes; run `dotnet build` to regenerate it. -->";

    private const int HeaderLines = 5;

    public static bool IsPresentIn(string content) => TokenIndex(content) >= 0;

    /// <summary>Where the token of the marker line in the header starts in <paramref name="content"/>; -1 when the header has none.</summary>
    public static int TokenIndex(string content)
    {
        var start = 0;
        for (var line = 0; line < HeaderLines && start < content.Length; line++)
        {
            var end = content.IndexOf('\n', start);
            var text = content.Substring(start, (end < 0 ? content.Length : end) - start);
            var indent = text.Length - text.TrimStart().Length;
            foreach (var prefix in new[] { "<!-- ", "\"$comment\": \"", "// " })
            {
                if (string.CompareOrdinal(text, indent, prefix + Token, 0, prefix.Length + Token.Length) == 0)
                {
                    return start + indent + prefix.Length;
                }
            }

            start = end < 0 ? content.Length : end + 1;
        }

        return -1;
    }
}
