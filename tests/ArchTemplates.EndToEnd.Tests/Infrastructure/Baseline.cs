using System.Text.RegularExpressions;

namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Compares a scenario's output (for example a scaffold's sorted file list) with its checked-in baseline in
/// <c>tests/ArchTemplates.EndToEnd.Tests/Baselines</c>. GUIDs and versions are scrubbed first, so that
/// neither a fresh GUID nor a new pack version changes a baseline; <see cref="ApprovedText"/> compares.
/// </summary>
public static partial class Baseline
{
    public static string Directory => Path.Combine(Repository.Root, "tests", "ArchTemplates.EndToEnd.Tests", "Baselines");

    /// <summary>The sorted, '/'-separated paths of every file under <paramref name="root"/>, except <paramref name="ignore"/>.</summary>
    public static IReadOnlyList<string> FileList(string root, params string[] ignore)
        => [.. System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !ignore.Contains(file))
            .Order(StringComparer.Ordinal)];

    /// <summary>Replaces GUIDs and version numbers, the parts of an output that change from run to run.</summary>
    public static string Scrub(string text)
        => Version().Replace(Guid().Replace(text, "{guid}"), "{version}");

    /// <summary>Fails with a readable diff when <paramref name="lines"/> (scrubbed) differ from the baseline <paramref name="name"/>.</summary>
    public static void Verify(string name, IEnumerable<string> lines)
        => ApprovedText.Verify(Path.Combine(Directory, name + ".txt"), Scrub(string.Join("\n", lines) + "\n"));

    [GeneratedRegex(@"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b\d+\.\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?\b")]
    private static partial Regex Version();
}
