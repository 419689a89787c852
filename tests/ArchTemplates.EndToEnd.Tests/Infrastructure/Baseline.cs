using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Compares a scenario's output (for example a scaffold's sorted file list) with its checked-in baseline in
/// <c>tests/ArchTemplates.EndToEnd.Tests/Baselines</c>. GUIDs and versions are scrubbed first, so that
/// neither a fresh GUID nor a new pack version changes a baseline. On a mismatch the failure shows a
/// line diff; with <c>ARCHTEMPLATES_ACCEPT_BASELINES=1</c> the baseline is rewritten instead (review the
/// change with git diff and commit it).
/// </summary>
public static partial class Baseline
{
    public const string AcceptVariable = "ARCHTEMPLATES_ACCEPT_BASELINES";

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
    {
        var actual = Scrub(string.Join("\n", lines) + "\n");
        var path = Path.Combine(Directory, name + ".txt");
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, actual);
            return;
        }

        var message = new StringBuilder()
            .AppendLine(expected is null
                ? $"There is no baseline {Path.GetRelativePath(Repository.Root, path)}."
                : $"The output differs from the baseline {Path.GetRelativePath(Repository.Root, path)} (- baseline, + actual):")
            .AppendLine(Diff(expected ?? "", actual))
            .Append($"If the change is intended, run the tests with {AcceptVariable}=1 and commit the updated baseline.")
            .ToString();
        Assert.Fail(message);
    }

    /// <summary>A line diff: changed lines with - or +, unchanged lines indented.</summary>
    public static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        foreach (var line in diff.Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(prefix).AppendLine(line.Text);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b\d+\.\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?\b")]
    private static partial Regex Version();
}
