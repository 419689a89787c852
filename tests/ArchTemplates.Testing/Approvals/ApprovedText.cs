using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ArchTemplates.Testing;

/// <summary>
/// Compares an output with its checked-in approved copy (a baseline or a snapshot) and fails with a line diff.
/// With <c>ARCHTEMPLATES_ACCEPT_BASELINES=1</c> the approved copy is rewritten instead: review the change with
/// git diff and commit it.
/// </summary>
[ArchTemplates.Component("Approved Copies", Container = "Test Suite", Description = "Baselines and snapshots: outputs compared with checked-in copies, with a readable diff")]
public static class ApprovedText
{
    public const string AcceptVariable = "ARCHTEMPLATES_ACCEPT_BASELINES";

    public static void Verify(string approvedPath, string actual)
    {
        var expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, actual);
            return;
        }

        var name = Path.GetRelativePath(Repository.Root, approvedPath);
        Assert.Fail(new StringBuilder()
            .AppendLine(expected is null ? $"There is no approved copy {name}." : $"The output differs from {name} (- approved, + actual):")
            .AppendLine(Diff(expected ?? string.Empty, actual))
            .Append($"If the change is intended, run the tests with {AcceptVariable}=1 and commit the updated file.")
            .ToString());
    }

    /// <summary>The changed lines (- or +) with two unchanged lines of context around each run of changes.</summary>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var context = Math.Max(0, i - 2); context <= Math.Min(lines.Count - 1, i + 2); context++)
                {
                    shown[context] = true;
                }
            }
        }

        var output = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!shown[i])
            {
                if (i > 0 && shown[i - 1])
                {
                    output.AppendLine("  ...");
                }

                continue;
            }

            output.Append(lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            }).AppendLine(lines[i].Text);
        }

        return output.ToString();
    }
}
