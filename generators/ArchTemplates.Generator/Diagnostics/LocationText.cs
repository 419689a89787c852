namespace ArchTemplates.Generator.Diagnostics;

/// <summary>
/// How another location reads inside a message: "at src/services/analytics/Architecture.cs(12)". The whole
/// path, as the compiler or a fragment gave it: projects have files of the same name.
/// </summary>
internal static class LocationText
{
    public static string Describe(LocationInfo? location)
        => location is null ? "elsewhere" : $"at {location.FilePath}({location.LineSpan.Start.Line + 1})";
}
