using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Merging;

/// <summary>
/// Builds the Technology Table: the technologies architecture.yml declares (in its order), then those the
/// code declares, then what the projects really use — target frameworks, shared frameworks and package
/// references with their versions. A declared technology without a version takes the version of the
/// package (or framework) it names. The documentation project and test projects are not part of the system: what
/// they reference only gives versions to declared technologies (the Testing section's frameworks among them).
/// </summary>
internal sealed class TechnologyTable(IReadOnlyList<ProjectDeclarations> projects, ProjectInfo? documentationProject, IEnumerable<Container> containers)
{
    private readonly Dictionary<string, Usage> _used = UsedTechnologies(projects, documentationProject, containers);

    public EquatableArray<Technology> Rows(
        IEnumerable<Declared<Technology>> yamlTechnologies,
        IEnumerable<Declared<Technology>> codeTechnologies,
        List<DiagnosticInfo> diagnostics)
    {
        var declared = Declared(yamlTechnologies, codeTechnologies.OrderBy(technology => technology.Element.Name, StringComparer.Ordinal), diagnostics);
        var rows = declared.Select(WithVersion).ToList();
        var consumed = new HashSet<string>(declared.Select(technology => technology.Package ?? technology.Name), StringComparer.OrdinalIgnoreCase);
        rows.AddRange(_used.Values
            .Where(usage => !consumed.Contains(usage.Name) && usage.Users.Count > 0)
            .OrderBy(usage => usage.Order)
            .ThenBy(usage => usage.Name, StringComparer.OrdinalIgnoreCase)
            .Select(usage => new Technology(usage.Name, usage.VersionText, usage.Describe(), usage.IsPackage ? usage.Name : null)));
        return rows.ToEquatableArray();
    }

    /// <summary>The technology with the version of the package (or framework) it names, when it declares none.</summary>
    public Technology WithVersion(Technology technology)
        => technology.Version is null && _used.TryGetValue(technology.Package ?? technology.Name, out var usage)
            ? technology with { Version = usage.VersionText }
            : technology;

    /// <summary>Declared technologies with repeated names merged; the first declaration wins, a differing value is ARCH008.</summary>
    private static List<Technology> Declared(IEnumerable<Declared<Technology>> yaml, IEnumerable<Declared<Technology>> code, List<DiagnosticInfo> diagnostics)
    {
        var rows = new List<Technology>();
        var byName = new Dictionary<string, (int Index, LocationInfo? FirstDeclared)>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in yaml.Concat(code))
        {
            var technology = item.Element;
            if (!byName.TryGetValue(technology.Name, out var row))
            {
                byName[technology.Name] = (rows.Count, item.Location);
                rows.Add(technology);
                continue;
            }

            var first = rows[row.Index];
            string? Pick(string? kept, string? other, string field)
            {
                if (kept is not null && other is not null && !string.Equals(kept, other, StringComparison.Ordinal))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingDeclarations, item.Location, "Technology", technology.Name, field, other, kept, LocationText.Describe(row.FirstDeclared)));
                }

                return kept ?? other;
            }

            rows[row.Index] = first with
            {
                Version = Pick(first.Version, technology.Version, "version"),
                Description = Pick(first.Description, technology.Description, "description"),
                Package = Pick(first.Package, technology.Package, "package"),
            };
        }

        return rows;
    }

    private static Dictionary<string, Usage> UsedTechnologies(IReadOnlyList<ProjectDeclarations> projects, ProjectInfo? documentationProject, IEnumerable<Container> containers)
    {
        var containerOfProject = containers
            .Where(container => container.Project is not null)
            .GroupBy(container => container.Project!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Name, StringComparer.Ordinal);
        var used = new Dictionary<string, Usage>(StringComparer.OrdinalIgnoreCase);
        void Use(string name, string version, string? user, int order, bool isPackage)
        {
            if (!used.TryGetValue(name, out var usage))
            {
                used[name] = usage = new Usage(name, order, isPackage);
            }

            if (user is null)
            {
                usage.DocumentationVersions.Add(version);
            }
            else
            {
                usage.Versions.Add(version);
                usage.Users.Add(user);
            }
        }

        foreach (var project in projects.Select(declarations => declarations.Project))
        {
            var user = project == documentationProject || project.Kind == ProjectKind.Test ? null : containerOfProject.TryGetValue(project.Name, out var container) ? container : project.Name;
            if (Framework(project.TargetFramework) is var (frameworkName, frameworkVersion))
            {
                Use(frameworkName, frameworkVersion, user, order: 0, isPackage: false);
                if (project.Frameworks.Contains("Microsoft.AspNetCore.App"))
                {
                    Use("ASP.NET Core", frameworkVersion, user, order: 1, isPackage: false);
                }
            }

            foreach (var package in project.Packages)
            {
                Use(package.Id, package.Version, user, order: 2, isPackage: true);
            }
        }

        return used;
    }

    /// <summary>"net10.0" → (".NET", "10.0"); "netstandard2.0" → (".NET Standard", "2.0"); "net48" → (".NET Framework", "4.8").</summary>
    private static (string Name, string Version)? Framework(string? targetFramework)
    {
        if (string.IsNullOrEmpty(targetFramework))
        {
            return null;
        }

        var moniker = targetFramework!.Split('-')[0];
        if (moniker.StartsWith("netstandard", StringComparison.OrdinalIgnoreCase))
        {
            return (".NET Standard", moniker.Substring("netstandard".Length));
        }

        if (moniker.StartsWith("netcoreapp", StringComparison.OrdinalIgnoreCase))
        {
            return (".NET Core", moniker.Substring("netcoreapp".Length));
        }

        if (moniker.StartsWith("net", StringComparison.OrdinalIgnoreCase))
        {
            var version = moniker.Substring(3);
            return version.Contains('.')
                ? (".NET", version)
                : (".NET Framework", string.Join(".", version.Select(digit => digit.ToString(CultureInfo.InvariantCulture))));
        }

        return null;
    }

    private sealed class Usage(string name, int order, bool isPackage)
    {
        public string Name { get; } = name;

        public int Order { get; } = order;

        public bool IsPackage { get; } = isPackage;

        public SortedSet<string> Versions { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Users { get; } = new(StringComparer.Ordinal);

        /// <summary>The documentation project's versions: used only when no project of the system uses the technology.</summary>
        public SortedSet<string> DocumentationVersions { get; } = new(StringComparer.Ordinal);

        public string VersionText => string.Join(", ", Versions.Count > 0 ? Versions : DocumentationVersions);

        public string Describe() => (IsPackage ? "Referenced by " : "Used by ") + string.Join(", ", Users);
    }
}
