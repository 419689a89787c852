using System.Text;
using ArchTemplates.EndToEnd.Tests.Infrastructure;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ArchTemplates.Generator.Tests;

/// <summary>
/// Compares generated text with a checked-in snapshot under Snapshots/ and fails with a line diff.
/// Set ARCHTEMPLATES_ACCEPT_SNAPSHOTS=1 to write the current output as the new snapshot (then review the
/// change in version control).
/// </summary>
[ArchTemplates.Component("Snapshots", Container = "Test Suite", Description = "Pins generated documents and code, with a readable diff on mismatch")]
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "ArchTemplates.Generator.Tests", "Snapshots", name);
        if (Environment.GetEnvironmentVariable("ARCHTEMPLATES_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}. Run the tests with ARCHTEMPLATES_ACCEPT_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail($"The output differs from the snapshot {name} (- snapshot, + actual):\n{Diff(expected, actual)}\nIf the change is intended, run the tests with ARCHTEMPLATES_ACCEPT_SNAPSHOTS=1 and review the snapshot's diff.");
        }
    }

    /// <summary>The changed lines with two lines of context around each change.</summary>
    private static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var output = new StringBuilder();
        var lastPrinted = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged)
            {
                continue;
            }

            for (var context = Math.Max(lastPrinted + 1, i - 2); context <= i; context++)
            {
                if (context > lastPrinted + 1 && output.Length > 0 && context == Math.Max(lastPrinted + 1, i - 2))
                {
                    output.AppendLine("  ...");
                }

                output.AppendLine(Prefix(lines[context]) + lines[context].Text);
                lastPrinted = context;
            }

            for (var after = i + 1; after < Math.Min(lines.Count, i + 3) && lines[after].Type == ChangeType.Unchanged; after++)
            {
                output.AppendLine("  " + lines[after].Text);
                lastPrinted = after;
            }
        }

        return output.ToString();
    }

    private static string Prefix(DiffPiece line) => line.Type switch
    {
        ChangeType.Inserted => "+ ",
        ChangeType.Deleted => "- ",
        _ => "  ",
    };
}
