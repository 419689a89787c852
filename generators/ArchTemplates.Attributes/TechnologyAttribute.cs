using System;

namespace ArchTemplates;

/// <summary>
/// Adds a row to the document's Technology Table. Package references of the projects are added on their
/// own; use this for what is not a package (a database, a broker, a platform) or to describe a package.
/// Technologies can also be declared in architecture.yml under <c>technologies</c>.
/// </summary>
/// <example><code>[assembly: Technology("TimescaleDB", Version = "2.14", Description = "Time-series storage for readings")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class TechnologyAttribute : Attribute
{
    /// <summary>Declares the technology.</summary>
    /// <param name="name">The technology's name.</param>
    public TechnologyAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The technology's name.</summary>
    public string Name { get; }

    /// <summary>The version in use. When omitted and <see cref="Package"/> (or the name) matches a package reference, that reference's version is shown.</summary>
    public string? Version { get; set; }

    /// <summary>What the technology is used for.</summary>
    public string? Description { get; set; }

    /// <summary>The NuGet package whose referenced version is this technology's version.</summary>
    public string? Package { get; set; }
}
