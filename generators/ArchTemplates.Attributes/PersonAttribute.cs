using System;

namespace ArchTemplates;

/// <summary>
/// Declares a C4 <em>person</em>: a user role of the system. People can also be declared in
/// architecture.yml under <c>people</c>.
/// </summary>
/// <example><code>[assembly: Person("Operator", Description = "Monitors sensors and acknowledges alerts")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class PersonAttribute : Attribute
{
    /// <summary>Declares the person.</summary>
    /// <param name="name">The role's name, unique in the architecture.</param>
    public PersonAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The role's name, unique in the architecture.</summary>
    public string Name { get; }

    /// <summary>What the person does with the system.</summary>
    public string? Description { get; set; }
}
