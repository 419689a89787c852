using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Merging;

/// <summary>
/// Builds the Project Structure: the solution's real folders (as the build listed them) with descriptions
/// from architecture.yml's <c>structure</c>, or, for a project's folder, from the container it declares.
/// </summary>
internal static class StructureBuilder
{
    public static ProjectStructure Build(
        ArchitectureDefinition yaml,
        IReadOnlyList<ProjectDeclarations> projects,
        IEnumerable<Container> containers,
        SolutionListing? listing,
        List<DiagnosticInfo> diagnostics)
    {
        var descriptions = new Dictionary<string, string?>(StringComparer.Ordinal);
        // A container named as its project (as an inferred one is) adds nothing to the project's name.
        var containerByProject = containers.Where(container => container.Project is not null && (container.Description is not null || container.Name != container.Project))
            .GroupBy(container => container.Project!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        foreach (var project in projects.Select(declarations => declarations.Project).Where(project => IsInside(project.Directory)))
        {
            // A project named as its folder says nothing the tree does not already say.
            descriptions[project.Directory] = containerByProject.TryGetValue(project.Name, out var container)
                ? container.Description ?? $"{container.Name} ({project.Name})"
                : project.Name == project.Directory.Substring(project.Directory.LastIndexOf('/') + 1) ? null : project.Name;
        }

        var folders = new SortedSet<string>(StringComparer.Ordinal);
        if (listing is not null)
        {
            folders.UnionWith(listing.Folders);
        }
        else
        {
            // Without the build's listing (an IDE or a test), the folders known from projects and descriptions stand in.
            foreach (var path in descriptions.Keys.Concat(yaml.Structure.Select(folder => folder.Element.Path)))
            {
                for (var parent = path; parent.Length > 0; parent = Parent(parent))
                {
                    folders.Add(parent);
                }
            }
        }

        foreach (var folder in yaml.Structure)
        {
            if (!folders.Contains(folder.Element.Path))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownFolder, folder.Location, folder.Element.Path));
                continue;
            }

            descriptions[folder.Element.Path] = folder.Element.Description;
        }

        return new ProjectStructure(
            folders.Select(folder => new FolderDescription(folder, descriptions.TryGetValue(folder, out var description) ? description : null)).ToEquatableArray(),
            listing?.DeployFiles ?? EquatableArray<string>.Empty);
    }

    /// <summary>False for the root itself, a folder beside it ("../x") and one on another drive ("D:/x", kept as a full path).</summary>
    private static bool IsInside(string directory)
        => directory.Length > 0 && !directory.StartsWith("..", StringComparison.Ordinal) && directory[0] != '/' && !(directory.Length > 1 && directory[1] == ':');

    private static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }
}
