using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ArchTemplates.Build.Tasks;

/// <summary>Says, in a few readable lines, how the files on disk differ from what the build would generate.</summary>
[Component("Drift Report", Description = "Says which files and sections differ from what the build would write")]
internal static class DriftReport
{
    private static readonly Regex Heading = new(@"^#{1,6} \S", RegexOptions.CultureInvariant);

    /// <returns>One line per file that differs; empty when everything is current.</returns>
    public static IReadOnlyList<string> Describe(DocumentationPlan plan, string root)
    {
        var lines = new List<string>();
        foreach (var file in plan.Files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            var relative = Relative(root, file.Key);
            if (!File.Exists(file.Key))
            {
                lines.Add($"{relative}: missing");
                continue;
            }

            var current = File.ReadAllText(file.Key);
            if (current == file.Value)
            {
                continue;
            }

            lines.Add(file.Key == plan.DocumentPath
                ? $"{relative}: differs in {string.Join(", ", ChangedSections(current, file.Value))}"
                : $"{relative}: differs");
        }

        lines.AddRange(plan.StaleFiles.Select(file => $"{Relative(root, file)}: its data model no longer exists"));
        return lines;
    }

    /// <summary>The sections (by heading) whose text differs, was added or was removed.</summary>
    private static List<string> ChangedSections(string current, string expected)
    {
        var before = Sections(current);
        var after = Sections(expected);
        var names = after.Keys.Concat(before.Keys.Where(name => !after.ContainsKey(name))).ToList();
        var changed = names
            .Where(name => !before.TryGetValue(name, out var old) || !after.TryGetValue(name, out var @new) || old != @new)
            .Select(name => !before.ContainsKey(name) ? $"{name} (new)" : !after.ContainsKey(name) ? $"{name} (removed)" : name)
            .ToList();
        return changed.Count == 0 ? ["line endings or spacing"] : changed;
    }

    /// <summary>Section heading (without '#') → its text; the part before the first heading is "the title".</summary>
    private static Dictionary<string, string> Sections(string document)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = "the title";
        var text = new List<string>();
        var inFence = false;
        foreach (var line in document.Replace("\r\n", "\n").Split('\n'))
        {
            inFence ^= line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            if (!inFence && Heading.IsMatch(line))
            {
                Add(sections, name, text);
                name = line.TrimStart('#').Trim();
                text = [line];
                continue;
            }

            text.Add(line);
        }

        Add(sections, name, text);
        return sections;
    }

    private static void Add(Dictionary<string, string> sections, string name, List<string> text)
    {
        // Repeated headings ("#### APIs" under several containers) are told apart by their order.
        var key = name;
        for (var index = 2; sections.ContainsKey(key); index++)
        {
            key = $"{name} ({index})";
        }

        sections[key] = string.Join("\n", text);
    }

    private static string Relative(string root, string path)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(fullRoot, StringComparison.Ordinal) ? path.Substring(fullRoot.Length).Replace('\\', '/') : path;
    }
}
