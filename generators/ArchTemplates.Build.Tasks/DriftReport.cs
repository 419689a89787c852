using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArchTemplates.Build.Tasks;

/// <summary>Says, in a few readable lines, how the files on disk differ from what the build would generate.</summary>
[Component("Drift Report", Description = "Says which files and sections differ from what the build would write")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.EditDetection, "Compares documents without their content hash with")]
internal static class DriftReport
{
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
            if (GeneratedFileWriter.SameText(current, file.Value))
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

    /// <summary>The sections (by heading) whose text differs, was added or was removed; or what else differs.</summary>
    private static List<string> ChangedSections(string current, string expected)
    {
        var before = Sections(GeneratedText.WithoutHash(current));
        var after = Sections(GeneratedText.WithoutHash(expected));
        var names = after.Keys.Concat(before.Keys.Where(name => !after.ContainsKey(name))).ToList();
        var changed = names
            .Where(name => !before.TryGetValue(name, out var old) || !after.TryGetValue(name, out var @new) || old != @new)
            .Select(name => !before.ContainsKey(name) ? $"{name} (new)" : !after.ContainsKey(name) ? $"{name} (removed)" : name)
            .ToList();
        if (changed.Count > 0)
        {
            return changed;
        }

        // A document written before the build stamped content hashes differs only in its marker line.
        return [GeneratedFileWriter.SameText(GeneratedText.WithoutHash(current), GeneratedText.WithoutHash(expected)) ? "its marker line's content hash" : "line endings or spacing"];
    }

    /// <summary>Section name → its text; sections are named by heading as hand-written blocks name them.</summary>
    private static Dictionary<string, string> Sections(string document)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new SectionKeys();
        var name = "the title";
        var text = new List<string>();
        var fences = new CodeFences();
        foreach (var line in document.Replace("\r\n", "\n").Split('\n'))
        {
            if (!fences.Read(line) && MarkdownLines.IsHeading(line) && !line.StartsWith("# ", StringComparison.Ordinal))
            {
                sections[name] = string.Join("\n", text);
                name = keys.Next(line).TrimStart('#', ' ');
                text = [line];
                continue;
            }

            text.Add(line);
        }

        sections[name] = string.Join("\n", text);
        return sections;
    }

    private static string Relative(string root, string path)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(fullRoot, StringComparison.Ordinal) ? path.Substring(fullRoot.Length).Replace('\\', '/') : path;
    }
}
