using System;

namespace ArchTemplates;

/// <summary>
/// Declares that a class is a C4 <em>component</em>: a major building block inside a container, with one
/// responsibility. It belongs to the container its assembly declares with <see cref="ContainerAttribute"/>
/// unless <see cref="Container"/> names another.
/// </summary>
/// <example>
/// <code>
/// [Component("Alert Evaluator", Description = "Compares readings with thresholds and raises alerts")]
/// public sealed class AlertEvaluator { }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class ComponentAttribute : Attribute
{
    /// <summary>Declares the component.</summary>
    /// <param name="name">The component's name as the document shows it, unique in the architecture.</param>
    public ComponentAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The component's name as the document shows it, unique in the architecture.</summary>
    public string Name { get; }

    /// <summary>The component's responsibility, in one sentence.</summary>
    public string? Description { get; set; }

    /// <summary>The technology the component is built with, when it differs from its container's.</summary>
    public string? Technology { get; set; }

    /// <summary>The container the component belongs to, when it is not the one its assembly declares.</summary>
    public string? Container { get; set; }
}
