using System;

namespace ArchTemplates;

/// <summary>
/// Declares that the element it is applied to uses another element: on a class marked with
/// <see cref="ComponentAttribute"/> the source is that component; on the assembly it is the assembly's
/// container (or, with <see cref="From"/>, any element). The relationship appears in every diagram that
/// shows both ends.
/// </summary>
/// <example>
/// <code>
/// [Relationship(ArchitectureModel.Containers.Processor, "Forwards readings to", Technology = "HTTP/JSON")]
/// [assembly: Relationship("Database", "Stores readings in", Technology = "SQL", Interaction = Interaction.Async)]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class RelationshipAttribute : Attribute
{
    /// <summary>Declares the relationship.</summary>
    /// <param name="to">The name of the element used: a person, external system, container or component.</param>
    /// <param name="description">What the source does with the target, as a verb phrase: "Forwards readings to".</param>
    public RelationshipAttribute(string to, string description)
    {
        To = to;
        Description = description;
    }

    /// <summary>The name of the element used.</summary>
    public string To { get; }

    /// <summary>What the source does with the target, as a verb phrase.</summary>
    public string Description { get; }

    /// <summary>The protocol or technology of the interaction, for example <c>HTTP/JSON</c> or <c>AMQP</c>.</summary>
    public string? Technology { get; set; }

    /// <summary>Whether the source waits for the target. Defaults to <see cref="Interaction.Sync"/>.</summary>
    public Interaction Interaction { get; set; }

    /// <summary>On the assembly only: the source element, when it is not the assembly's container.</summary>
    public string? From { get; set; }

    /// <summary>
    /// <see cref="ArchTemplates.Evidence.None"/> when the code cannot show this relationship (it is wired by configuration
    /// or reflection), so a component-to-component relationship with no use in code is not reported. Defaults to
    /// <see cref="ArchTemplates.Evidence.Code"/>.
    /// </summary>
    public Evidence Evidence { get; set; }
}
