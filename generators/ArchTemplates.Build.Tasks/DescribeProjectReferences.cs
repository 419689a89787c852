using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// Describes what a project references — packages with their versions (from <c>PackageReference</c>, or
/// <c>PackageVersion</c> under Central Package Management) and shared frameworks — as comma-separated
/// values the generator reads through compiler-visible properties, for the document's Technology Table; and
/// what the project builds (a web app, a worker, an Azure Functions app, a console app, a class library or a
/// test project) with the projects it references by name, from which the documentation project infers
/// containers, components and their relationships where nothing is declared.
/// </summary>
[Component("Reference Describer", Description = "Tells the generator the project's package, framework and project references and what the project builds")]
public sealed class DescribeProjectReferences : Task
{
    /// <summary>The project's <c>@(PackageReference)</c>.</summary>
    public ITaskItem[] PackageReferences { get; set; } = [];

    /// <summary>The <c>@(PackageVersion)</c> items of Central Package Management, if used.</summary>
    public ITaskItem[] PackageVersions { get; set; } = [];

    /// <summary>The project's <c>@(FrameworkReference)</c>.</summary>
    public ITaskItem[] FrameworkReferences { get; set; } = [];

    /// <summary>The project's <c>@(ProjectReference)</c>.</summary>
    public ITaskItem[] ProjectReferences { get; set; } = [];

    /// <summary>The kind a team set with <c>ArchDocsProjectKind</c>; it wins over what the properties say.</summary>
    public string? DeclaredKind { get; set; }

    /// <summary><c>$(UsingMicrosoftNETSdkWeb)</c>: true in a Microsoft.NET.Sdk.Web project.</summary>
    public string? UsingWebSdk { get; set; }

    /// <summary><c>$(UsingMicrosoftNETSdkWorker)</c>: true in a Microsoft.NET.Sdk.Worker project.</summary>
    public string? UsingWorkerSdk { get; set; }

    /// <summary><c>$(AzureFunctionsVersion)</c>: set in an Azure Functions project.</summary>
    public string? AzureFunctionsVersion { get; set; }

    /// <summary><c>$(OutputType)</c>.</summary>
    public string? OutputType { get; set; }

    /// <summary><c>$(IsTestProject)</c>: true in a project that references a test SDK.</summary>
    public string? IsTestProject { get; set; }

    /// <summary><c>Id@Version</c> pairs, comma-separated.</summary>
    [Output]
    public string Packages { get; private set; } = string.Empty;

    /// <summary>Shared framework names, comma-separated.</summary>
    [Output]
    public string Frameworks { get; private set; } = string.Empty;

    /// <summary>What the project builds: <c>web</c>, <c>worker</c>, <c>functions</c>, <c>console</c>, <c>library</c> or <c>test</c>.</summary>
    [Output]
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The names of the referenced projects (their file names without extension), comma-separated.</summary>
    [Output]
    public string Projects { get; private set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        Kind = string.IsNullOrWhiteSpace(DeclaredKind) ? DetectKind() : DeclaredKind!.Trim().ToLowerInvariant();
        Projects = string.Join(",", ProjectReferences
            .Where(reference => !string.Equals(reference.GetMetadata("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
            .Select(reference => Path.GetFileNameWithoutExtension(reference.ItemSpec.Replace('\\', '/')))
            .Where(name => name.Length > 0 && IsPlain(name))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal));

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

    private string DetectKind()
    {
        if (IsTrue(IsTestProject) || ReferencesPackage("Microsoft.NET.Test.Sdk"))
        {
            return "test";
        }

        if (!string.IsNullOrWhiteSpace(AzureFunctionsVersion))
        {
            return "functions";
        }

        if (IsTrue(UsingWebSdk))
        {
            return "web";
        }

        var executable = string.Equals(OutputType, "Exe", StringComparison.OrdinalIgnoreCase) || string.Equals(OutputType, "WinExe", StringComparison.OrdinalIgnoreCase);
        if (IsTrue(UsingWorkerSdk) || (executable && ReferencesPackage("Microsoft.Extensions.Hosting")))
        {
            return "worker";
        }

        return executable ? "console" : "library";
    }

    private bool ReferencesPackage(string id)
        => PackageReferences.Any(reference => string.Equals(reference.ItemSpec, id, StringComparison.OrdinalIgnoreCase));

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim();

    /// <summary>The values travel in an .editorconfig line, where ',' separates entries and ';' or '#' would end the value.</summary>
    private static bool IsPlain(string value) => value.IndexOfAny([',', ';', '#', '@', '\n', '\r']) < 0;
}
