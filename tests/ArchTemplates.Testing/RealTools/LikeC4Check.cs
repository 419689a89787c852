using System.Text.Json;

namespace ArchTemplates.Testing;

/// <summary>What the LikeC4 CLI made of a source file: whether it is valid, the model it read (elements by id with their links), and whether it built the site.</summary>
public sealed record LikeC4Report(
    bool Valid,
    IReadOnlyList<JsonElement> Errors,
    IReadOnlyDictionary<string, string> Elements,
    IReadOnlyDictionary<string, IReadOnlyList<LikeC4Link>> Links,
    IReadOnlyList<LikeC4Relationship> Relationships,
    IReadOnlyList<LikeC4View> Views,
    bool Site);

/// <summary>An element's link as LikeC4 read it: as written, its title, and resolved from the source's folder when relative.</summary>
public sealed record LikeC4Link(string Url, string? Title, string? Relative);

/// <summary>A relationship as LikeC4 read it: its ends by element id, its kind (null for the default) and its tags.</summary>
public sealed record LikeC4Relationship(string Source, string Target, string? Title, string? Kind, IReadOnlyList<string> Tags);

/// <summary>A view as LikeC4 laid it out: <c>element</c> or <c>dynamic</c>, with how many nodes it shows.</summary>
public sealed record LikeC4View(string Id, string Type, string? Title, int Nodes);

/// <summary>LikeC4 sources checked by the LikeC4 CLI (<c>likec4 validate</c>, <c>export json</c>, <c>build</c>).</summary>
public static class LikeC4Check
{
    /// <summary>Validates <paramref name="source"/>, reads its model and builds its static site into <paramref name="siteDirectory"/>.</summary>
    public static LikeC4Report Run(string source, string siteDirectory)
    {
        using var directory = new TempDirectory("likec4-source");
        var file = directory.Combine("architecture.c4");
        File.WriteAllText(file, source);
        return NodeTools.Run<LikeC4Report>("check-likec4.mjs", [file, siteDirectory], timeout: TimeSpan.FromMinutes(3));
    }
}
