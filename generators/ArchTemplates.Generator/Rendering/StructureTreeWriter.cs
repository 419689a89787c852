using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering.Escaping;

namespace ArchTemplates.Generator.Rendering;

/// <summary>Draws the Project Structure as a tree with aligned <c># description</c> comments.</summary>
internal static class StructureTreeWriter
{
    public static string Write(ProjectStructure structure)
    {
        var folders = structure.Folders.ToDictionary(folder => folder.Path, folder => folder.Description, StringComparer.Ordinal);
        var children = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var path in folders.Keys)
        {
            var slash = path.LastIndexOf('/');
            var parent = slash < 0 ? string.Empty : path.Substring(0, slash);
            if (!children.TryGetValue(parent, out var siblings))
            {
                children[parent] = siblings = new SortedSet<string>(StringComparer.Ordinal);
            }

            siblings.Add(path);
        }

        var lines = new List<(string Text, string? Description)>();
        void Visit(string parent, string prefix)
        {
            if (!children.TryGetValue(parent, out var siblings))
            {
                return;
            }

            var index = 0;
            foreach (var path in siblings)
            {
                var last = ++index == siblings.Count;
                var name = OneLine.Of(path.Substring(path.LastIndexOf('/') + 1));
                lines.Add((prefix + (last ? "└── " : "├── ") + name + "/", folders[path]));
                Visit(path, prefix + (last ? "    " : "│   "));
            }
        }

        Visit(string.Empty, string.Empty);
        var column = lines.Count == 0 ? 0 : lines.Max(line => line.Text.Length) + 2;
        var tree = new StringBuilder(".\n");
        foreach (var (text, description) in lines)
        {
            tree.Append(text);
            if (description is not null)
            {
                tree.Append(' ', column - text.Length).Append("# ").Append(OneLine.Of(description));
            }

            tree.Append('\n');
        }

        return tree.ToString();
    }
}
