using System;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArchTemplates.Generator.Inputs;

/// <summary>The MSBuild properties the generator reads (made visible to the compiler by the package's build/ props).</summary>
internal sealed record GeneratorOptions(string ModelNamespace, bool GenerateDocuments, ProjectInfo Project, string? TemplatePath, string Root, string SchemasFolder, bool ExportJsonModel, bool ExportLikeC4, string LikeC4ToRoot, bool ReleaseModel, bool ProposeChanges)
{
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider, string? assemblyName)
    {
        var options = provider.GlobalOptions;
        string? Property(string name) => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        // Paths arrive percent-encoded (the package's ArchDocsEncodePaths target says why).
        string? DecodedPath(string name) => Property("_ArchDocsEncoded" + name) is { } encoded ? Uri.UnescapeDataString(encoded) : null;

        var root = DecodedPath("Root");
        var projectName = Property("MSBuildProjectName") ?? assemblyName ?? "Project";
        var baseNamespace = Property("RootNamespace") ?? assemblyName;
        var project = new ProjectInfo(
            projectName,
            RootPaths.Relative(DecodedPath("ProjectDir"), root),
            Property("TargetFramework"),
            List(Property("ArchDocsPackages"))
                .Select(entry => entry.Split('@'))
                .Where(parts => parts.Length == 2 && parts[0].Length > 0)
                .Select(parts => new PackageReference(parts[0], parts[1]))
                .OrderBy(package => package.Id, StringComparer.OrdinalIgnoreCase)
                .ToEquatableArray(),
            List(Property("ArchDocsFrameworks")).OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray(),
            ProjectKinds.Parse(Property("_ArchDocsProjectKind")),
            List(Property("_ArchDocsProjectReferences")).OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray());
        return new GeneratorOptions(
            Identifiers.ToNamespace(string.IsNullOrWhiteSpace(baseNamespace) ? "ArchTemplates.Generated" : baseNamespace!),
            string.Equals(Property("ArchDocsGenerate"), "true", StringComparison.OrdinalIgnoreCase),
            project,
            DecodedPath("Template"),
            root is null ? string.Empty : Normalize(root),
            RootPaths.Relative(DecodedPath("SchemasPath"), root) is { Length: > 0 } schemas ? schemas : "docs/schemas",
            string.Equals(Property("ArchDocsJsonModel"), "true", StringComparison.OrdinalIgnoreCase),
            string.Equals(Property("ArchDocsLikeC4"), "true", StringComparison.OrdinalIgnoreCase),
            FolderToRoot(DecodedPath("LikeC4Path"), root),
            string.Equals(Property("ArchDocsRelease"), "true", StringComparison.OrdinalIgnoreCase),
            !string.Equals(Property("_ArchDocsProposeChanges"), "false", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Lists travel as comma-separated properties: the compiler's .editorconfig reader cuts a value at
    /// ';' or '#', and package ids and versions contain neither ',' nor '@'.
    /// </summary>
    private static string[] List(string? value)
        => value is null ? [] : value.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).Distinct().ToArray();

    /// <summary>
    /// The way from a file's folder back to the documentation root ("..", or empty when the file is in the root): the
    /// LikeC4 file's links to decision records start with it. Without the property, the default path's.
    /// </summary>
    private static string FolderToRoot(string? file, string? root)
    {
        if (file is null || root is null)
        {
            return "..";
        }

        var path = Normalize(file);
        return RootPaths.Relative(root, path.Substring(0, Math.Max(0, path.LastIndexOf('/'))));
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
}
