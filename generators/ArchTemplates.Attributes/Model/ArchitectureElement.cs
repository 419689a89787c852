namespace ArchTemplates.Model;

/// <summary>An element of the architecture: a person, an external system, a container or a component.</summary>
public abstract class ArchitectureElement
{
    /// <summary>Creates the element.</summary>
    protected ArchitectureElement(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The element's name, unique in the architecture.</summary>
    public string Name { get; }

    /// <summary>What the element is or does.</summary>
    public string? Description { get; }

    /// <summary>The element's C4 kind.</summary>
    public abstract ElementKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Name}";
}

/// <summary>A user role of the system (C4 person).</summary>
public sealed class PersonElement(string name, string? description) : ArchitectureElement(name, description)
{
    /// <inheritdoc />
    public override ElementKind Kind => ElementKind.Person;
}

/// <summary>A system outside the boundary (C4 external system).</summary>
public sealed class ExternalSystemElement(string name, string? description, string? technology) : ArchitectureElement(name, description)
{
    /// <summary>How the system is reached, or what it is built with.</summary>
    public string? Technology { get; } = technology;

    /// <inheritdoc />
    public override ElementKind Kind => ElementKind.ExternalSystem;
}

/// <summary>A deployable unit (C4 container).</summary>
public sealed class ContainerElement(string name, string? description, string? technology, ContainerKind containerKind, string? project, Provenance provenance) : ArchitectureElement(name, description)
{
    /// <summary>What the container is built with.</summary>
    public string? Technology { get; } = technology;

    /// <summary>What kind of container it is.</summary>
    public ContainerKind ContainerKind { get; } = containerKind;

    /// <summary>The project that declares it with <see cref="ContainerAttribute"/>, if any.</summary>
    public string? Project { get; } = project;

    /// <summary>Whether a team declared the container or the build inferred it from a project.</summary>
    public Provenance Provenance { get; } = provenance;

    /// <inheritdoc />
    public override ElementKind Kind => ElementKind.Container;
}

/// <summary>A building block inside a container (C4 component).</summary>
public sealed class ComponentElement(string name, string? description, string container, string? technology, string? typeName, Provenance provenance) : ArchitectureElement(name, description)
{
    /// <summary>The name of the container the component belongs to.</summary>
    public string Container { get; } = container;

    /// <summary>What the component is built with, when it differs from its container.</summary>
    public string? Technology { get; } = technology;

    /// <summary>The full name of the type that declares the component, if any.</summary>
    public string? TypeName { get; } = typeName;

    /// <summary>Whether a team declared the component or the build inferred it from a project.</summary>
    public Provenance Provenance { get; } = provenance;

    /// <inheritdoc />
    public override ElementKind Kind => ElementKind.Component;
}
