using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// Describes what a project references — packages with their versions (from <c>PackageReference</c>, or
/// <c>PackageVersion</c> under Central Package Management) and shared frameworks — as comma-separated
/// values the generator reads through compiler-visible properties, for the document's Technology Table.
/// </summary>
[Component("Reference Describer", Description = "Tells the generator the project's package and framework references for the Technology Table")]
public sealed class DescribeProjectReferences : Task
{
    /// <summary>The project's <c>@(PackageReference)</c>.</summary>
    public ITaskItem[] PackageReferences { get; set; } = [];

    /// <summary>The <c>@(PackageVersion)</c> items of Central Package Management, if used.</summary>
    public ITaskItem[] PackageVersions { get; set; } = [];

    /// <summary>The project's <c>@(FrameworkReference)</c>.</summary>
    public ITaskItem[] FrameworkReferences { get; set; } = [];

    /// <summary><c>Id@Version</c> pairs, comma-separated.</summary>
    [Output]
    public string Packages { get; private set; } = string.Empty;

    /// <summary>Shared framework names, comma-separated.</summary>
    [Output]
    public string Frameworks { get; private set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var central = PackageVersions
            .GroupBy(item => item.ItemSpec, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last().GetMetadata("Version"), StringComparer.OrdinalIgnoreCase);
        var packages = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in PackageReferences)
        {
            // Packages the SDK adds on its own (IsImplicitlyDefined) are not the team's technology choices.
            if (string.Equals(reference.GetMetadata("IsImplicitlyDefined"), "true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var version = FirstNonEmpty(reference.GetMetadata("VersionOverride"), reference.GetMetadata("Version"), central.TryGetValue(reference.ItemSpec, out var pinned) ? pinned : null);
            if (version is not null && IsPlain(reference.ItemSpec) && IsPlain(version))
            {
                packages[reference.ItemSpec] = version.Trim('[', ']', '(', ')');
            }
        }

        Packages = string.Join(",", packages.Select(package => $"{package.Key}@{package.Value}"));
        Frameworks = string.Join(",", FrameworkReferences
            .Where(reference => !string.Equals(reference.GetMetadata("IsImplicitlyDefined"), "true", StringComparison.OrdinalIgnoreCase) || reference.ItemSpec != "Microsoft.NETCore.App")
            .Select(reference => reference.ItemSpec)
            .Where(IsPlain)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal));
        return true;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim();

    /// <summary>The values travel in an .editorconfig line, where ',' separates entries and ';' or '#' would end the value.</summary>
    private static bool IsPlain(string value) => value.IndexOfAny([',', ';', '#', '@', '\n', '\r']) < 0;
}
