using System;

namespace ArchTemplates;

/// <summary>
/// Declares that the assembly is a C4 <em>container</em>: a separately deployable unit such as a service,
/// an application or a database. Apply it once, in the deployable project; the components declared in
/// the project belong to it.
/// </summary>
/// <example>
/// <code>[assembly: Container("Gateway", Description = "Sensor data ingestion", Technology = "ASP.NET Core")]</code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class ContainerAttribute : Attribute
{
    /// <summary>Declares the container.</summary>
    /// <param name="name">The container's name as the document shows it, unique in the architecture.</param>
    public ContainerAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The container's name as the document shows it, unique in the architecture.</summary>
    public string Name { get; }

    /// <summary>What the container is responsible for, in one sentence.</summary>
    public string? Description { get; set; }

    /// <summary>The main technology the container is built with, for example <c>ASP.NET Core</c>.</summary>
    public string? Technology { get; set; }

    /// <summary>What kind of container this is; it decides the shape in diagrams. Defaults to <see cref="ContainerKind.Service"/>.</summary>
    public ContainerKind Kind { get; set; }
}
