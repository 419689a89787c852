namespace ArchTemplates;

/// <summary>
/// The token that marks a file as written by ArchTemplates. The generator puts it into every file it
/// produces; the build tasks overwrite an existing file only when it carries the token, so a file a
/// person wrote at the same path is never lost. Compiled into both the generator and the build tasks.
/// </summary>
internal static class GeneratedFileMarker
{
    public const string Token = "archtemplates:generated";

    public const string MarkdownComment =
        "<!-- " + Token + " — this file is generated from architecture.yml and the code's architecture attributes; run `dotnet build` to regenerate it. -->";

    public static bool IsPresentIn(string content) => content.Contains(Token);
}
