using System;

namespace ArchTemplates;

/// <summary>
/// Declares that a type is a data model of the architecture: its JSON Schema, derived from the type
/// (properties, types, nullability, nested types, collections, enums, <c>[JsonDerivedType]</c>
/// hierarchies) as System.Text.Json serializes it, goes into the document and into <c>docs/schemas/</c>.
/// </summary>
/// <example>
/// <code>
/// [DataModel("Sensor Reading", Description = "One measurement sent by a sensor")]
/// public sealed record SensorReading(string SensorId, DateTimeOffset Timestamp, Readings Readings);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class DataModelAttribute : Attribute
{
    /// <summary>Declares the data model, named after the type.</summary>
    public DataModelAttribute()
    {
    }

    /// <summary>Declares the data model.</summary>
    /// <param name="name">The model's name as the document shows it, unique in the architecture.</param>
    public DataModelAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The model's name as the document shows it; defaults to the type's name.</summary>
    public string? Name { get; }

    /// <summary>What the model represents.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// How property names appear on the wire, when no <c>[JsonPropertyName]</c> says otherwise.
    /// Defaults to <see cref="JsonNaming.AsDeclared"/>, System.Text.Json's default.
    /// </summary>
    public JsonNaming Naming { get; set; }
}
