using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ArchTemplates.Testing;

/// <summary>
/// Compares an output with its checked-in approved copy (a baseline or a snapshot) and fails with a line diff.
/// With <c>ARCHTEMPLATES_ACCEPT_BASELINES=1</c> the approved copy is rewritten and the test still fails, so a run
/// that accepted changes never passes: review the change with git diff, commit it and run again. Accepting is
/// refused when the <c>CI</c> variable is set, so a build server can never approve its own output.
/// </summary>
[ArchTemplates.Component("Approved Copies", Container = "Test Suite", Description = "Baselines and snapshots: outputs compared with checked-in copies, with a readable diff")]
public static class ApprovedText
{
    public const string AcceptVariable = "ARCHTEMPLATES_ACCEPT_BASELINES";

    public static void Verify(string approvedPath, string actual) => Verify(approvedPath, actual, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Verify(string, string)"/>, reading environment variables through <paramref name="environment"/>.</summary>
    public static void Verify(string approvedPath, string actual, Func<string, string?> environment)
    {
        var expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            return;
        }

        var name = Path.GetRelativePath(Repository.Root, approvedPath);
        var report = new StringBuilder()
            .AppendLine(expected is null ? $"There is no approved copy {name}." : $"The output differs from {name} (- approved, + actual):")
            .AppendLine(Diff(expected ?? string.Empty, actual));
        if (environment(AcceptVariable) != "1")
        {
            Assert.Fail(report.Append($"If the change is intended, run the tests with {AcceptVariable}=1, review the rewritten file and commit it.").ToString());
        }

        if (!string.IsNullOrEmpty(environment("CI")))
        {
            Assert.Fail(report.Append($"{AcceptVariable}=1 is refused because CI is set: accept changes on a developer machine and commit them.").ToString());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
        var temporary = approvedPath + ".tmp";
        File.WriteAllText(temporary, actual);
        File.Move(temporary, approvedPath, overwrite: true);
        Assert.Fail(report.Append("Rewrote " + name + $": review it with git diff, commit it, and run the tests again without {AcceptVariable}.").ToString());
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
