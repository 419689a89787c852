using System.Text.RegularExpressions;

namespace ArchTemplates.Testing;

/// <summary>Reads the parts of a generated docs/architecture.md that tests assert on.</summary>
public sealed partial class ArchitectureDocument(string text)
{
    /// <summary>The headings of the architecture template, in its order: a document must have every one, in this order.</summary>
    public static readonly IReadOnlyList<string> TemplateSections =
    [
        "# Architecture for ",
        "## Technical Summary",
        "## Technology Table",
        "## High-Level Overview",
        "### System Context",
        "### Containers",
        "### Component View",
        "## Architectural Diagrams, Data Models, Schemas",
        "### API Specs",
        "## Project Structure",
        "## Testing Requirements and Framework",
        "### Patterns and Standards",
        "### Initial Project Setup (Manual Steps)",
        "## Infrastructure and Deployment",
        "## Change Log",
    ];

    public string Text { get; } = text.ReplaceLineEndings("\n");

    /// <summary>Asserts the document has every section of the template, in the template's order.</summary>
    public void AssertTemplateSectionsInOrder()
    {
        var lines = Text.Split('\n');
        var positions = TemplateSections
            .Select(heading => Array.FindIndex(lines, line => heading.EndsWith(' ') ? line.StartsWith(heading, StringComparison.Ordinal) : line == heading))
            .ToList();
        Assert.All(positions.Zip(TemplateSections), pair => Assert.True(pair.First >= 0, $"Section '{pair.Second}' is missing."));
        Assert.Equal(positions.Order(), positions);
    }

    /// <summary>The text of the first ```mermaid block that starts with <paramref name="kind"/> after <paramref name="after"/>.</summary>
    public string MermaidBlock(string kind, string? after = null)
    {
        var from = after is null ? 0 : Text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(from >= 0, $"No '{after}' in the document.");
        var start = Text.IndexOf("```mermaid\n" + kind + "\n", from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {kind} block{(after is null ? string.Empty : " after " + after)}.");
        var end = Text.IndexOf("```", start + 10, StringComparison.Ordinal);
        return Text[(start + 11)..end];
    }

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

    /// <summary>The relationships the Component View lists under its containers' interactions, each once as written.</summary>
    public IReadOnlyList<string> Relationships()
        => [.. Section("### Component View").Split('\n').Where(line => RelationshipLine().IsMatch(line)).Distinct()];

    /// <summary>The relationships not marked "verified in code": declared only, or inferred.</summary>
    public IReadOnlyList<string> UnverifiedRelationships()
        => [.. Relationships().Where(line => !line.EndsWith(" — verified in code", StringComparison.Ordinal))];

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

    [GeneratedRegex(@"^- .+ → .+?: ")]
    private static partial Regex RelationshipLine();

    [GeneratedRegex(@"^- `(deploy/[^`]+)`$")]
    private static partial Regex DeploymentFile();
}
