using System;

namespace ArchTemplates.Generator.Model;

/// <summary>What a project builds, as its SDK and properties say.</summary>
internal enum ProjectKind
{
    /// <summary>Not described: built by a generator that did not describe kinds, or read from metadata.</summary>
    Unknown,
    Library,
    Console,
    Web,
    Worker,
    Functions,

    /// <summary>A test project: never part of the model.</summary>
    Test,
}

/// <summary>A project kind as text: the lower-cased name the build passes (<c>ArchDocsProjectKind</c>) and a fragment carries.</summary>
internal static class ProjectKinds
{
    public static ProjectKind Parse(string? text)
        => text is not null && Enum.TryParse<ProjectKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(typeof(ProjectKind), kind) ? kind : ProjectKind.Unknown;

    public static string Name(ProjectKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A kind that runs on its own: a container, when nothing declares one for it.</summary>
    public static bool IsDeployable(ProjectKind kind) => kind is ProjectKind.Web or ProjectKind.Worker or ProjectKind.Functions or ProjectKind.Console;
}
