using System;

namespace ArchTemplates;

/// <summary>
/// Links the element it is applied to with an architecture decision record of the decisions folder (by default
/// <c>docs/adr</c>): on a class marked with <see cref="ComponentAttribute"/>, that component; on the assembly, the
/// assembly's container (or, with <see cref="Element"/>, any element). The document lists each element's decisions.
/// A record can also name its elements itself, in its front matter (see docs/decisions.md).
/// </summary>
/// <example>
/// <code>
/// [Decision(3)]
/// [assembly: Decision(1, Element = "Message Broker")]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class DecisionAttribute : Attribute
{
    /// <summary>Links the element with the record numbered <paramref name="number"/>.</summary>
    /// <param name="number">The record's number, the digits its file name starts with: 3 for <c>0003-use-rabbitmq.md</c>.</param>
    public DecisionAttribute(int number) => Number = number;

    /// <summary>The record's number.</summary>
    public int Number { get; }

    /// <summary>
    /// On the assembly only: the element the decision concerns, when it is not the assembly's container. On a component
    /// type the decision concerns that component, and another element here is warning ARCH024.
    /// </summary>
    public string? Element { get; set; }
}
