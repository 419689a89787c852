using System;

namespace ArchTemplates;

/// <summary>
/// Declares a C4 <em>external system</em>: software outside this system's boundary that it uses or that
/// uses it. External systems can also be declared in architecture.yml under <c>externalSystems</c>.
/// </summary>
/// <example><code>[assembly: ExternalSystem("Email Service", Description = "Delivers alert emails", Technology = "SMTP")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ExternalSystemAttribute : Attribute
{
    /// <summary>Declares the external system.</summary>
    /// <param name="name">The system's name, unique in the architecture.</param>
    public ExternalSystemAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The system's name, unique in the architecture.</summary>
    public string Name { get; }

    /// <summary>What the external system does for (or with) this system.</summary>
    public string? Description { get; set; }

    /// <summary>How it is reached or what it is built with.</summary>
    public string? Technology { get; set; }
}
