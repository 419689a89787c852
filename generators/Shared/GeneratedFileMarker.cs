namespace ArchTemplates;

/// <summary>
/// The token that marks a file as written by ArchTemplates. The generator puts it into the header of every
/// file it produces (the line after a document's title; a schema's top-level <c>$comment</c>); the build
/// tasks overwrite or remove an existing file only when its header carries the token, so a file a person
/// wrote at the same path — even one that mentions the token in its text — is never lost.
/// </summary>
internal static class GeneratedFileMarker
{
    public const string Token = "archtemplates:generated";

    public const string MarkdownComment =
        "<!-- " + Token + " — this file is generated from architecture.yml and the code's architecture attributes; run `dotnet build` to regenerate it. -->";

    private const int HeaderLines = 5;

    public static bool IsPresentIn(string content)
    {
        var start = 0;
        for (var line = 0; line < HeaderLines && start < content.Length; line++)
        {
            var end = content.IndexOf('\n', start);
            var text = content.Substring(start, (end < 0 ? content.Length : end) - start).Trim();
            if (text.StartsWith("<!-- " + Token, System.StringComparison.Ordinal) || text.StartsWith("\"$comment\": \"" + Token, System.StringComparison.Ordinal))
            {
                return true;
            }

            start = end < 0 ? content.Length : end + 1;
        }

        return false;
    }
}
