namespace ArchTemplates.Model;

/// <summary>The C4 kinds of element.</summary>
public enum ElementKind
{
    /// <summary>A user role of the system.</summary>
    Person,

    /// <summary>A system outside the boundary.</summary>
    ExternalSystem,

    /// <summary>A deployable unit.</summary>
    Container,

    /// <summary>A building block inside a container.</summary>
    Component,
}
