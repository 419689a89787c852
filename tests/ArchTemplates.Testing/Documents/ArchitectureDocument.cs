using System.Text.RegularExpressions;

namespace ArchTemplates.Testing;

/// <summary>Reads the parts of a generated docs/architecture.md that tests assert on.</summary>
public sealed partial class ArchitectureDocument(string text)
{
    public string Text { get; } = text.ReplaceLineEndings("\n");

    public static ArchitectureDocument Load(string path) => new(File.ReadAllText(path));

    /// <summary>The body of the section headed <paramref name="heading"/> (e.g. "## Project Structure"), up to the next heading of the same or a higher level.</summary>
    public string Section(string heading)
    {
        var level = heading.TakeWhile(character => character == '#').Count();
        var lines = Text.Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"The document has no heading '{heading}':\n{Text}");
        var end = start + 1;
        while (end < lines.Length && !IsHeadingOfLevelAtMost(lines[end], level))
        {
            end++;
        }

        return string.Join("\n", lines[(start + 1)..end]);
    }

    /// <summary>The first column of the Containers table.</summary>
    public IReadOnlyList<string> Containers()
        => [.. TableRows(Section("### Containers")).Select(cells => cells[0])];

    /// <summary>The containers the Component View has a sub-section for.</summary>
    public IReadOnlyList<string> ComponentViewHeadings()
        => [.. Section("### Component View").Split('\n').Where(line => line.StartsWith("#### ", StringComparison.Ordinal)).Select(line => line[5..].Trim())];

    /// <summary>The deployment files the Infrastructure and Deployment section lists.</summary>
    public IReadOnlyList<string> DeploymentFiles()
        => [.. Section("## Infrastructure and Deployment").Split('\n')
            .Select(line => DeploymentFile().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)];

    private static IEnumerable<string[]> TableRows(string section)
        => section.Split('\n')
            .Where(line => line.StartsWith('|'))
            .Skip(2) // the header and its separator
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());

    private static bool IsHeadingOfLevelAtMost(string line, int level)
    {
        var hashes = line.TakeWhile(character => character == '#').Count();
        return hashes > 0 && hashes <= level && line.Length > hashes && line[hashes] == ' ';
    }

    [GeneratedRegex(@"^- `(deploy/[^`]+)`$")]
    private static partial Regex DeploymentFile();
}
