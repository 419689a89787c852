using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// Reads the attributes that declare elements: <c>[assembly: Container]</c>, <c>Person</c>,
/// <c>ExternalSystem</c>, <c>Technology</c>, and <c>[Component]</c> on types.
/// </summary>
[Component("Attribute Readers", Description = "Read the architecture attributes from source or metadata, falling back to syntax for generated constants")]
internal static class ElementAttributeReaders
{
    public static CodeReadResult<Model.Container> ReadContainers(AttributeTarget context)
        => Read(context, "[Container]", (arguments, name) => new Model.Container(
            name,
            arguments.Named("Description"),
            arguments.Named("Technology"),
            arguments.NamedEnum<ContainerKind>("Kind"),
            Project: null));

    public static CodeReadResult<Model.Person> ReadPeople(AttributeTarget context)
        => Read(context, "[Person]", (arguments, name) => new Model.Person(name, arguments.Named("Description")));

    public static CodeReadResult<Model.ExternalSystem> ReadExternalSystems(AttributeTarget context)
        => Read(context, "[ExternalSystem]", (arguments, name) => new Model.ExternalSystem(name, arguments.Named("Description"), arguments.Named("Technology")));

    public static CodeReadResult<Model.Technology> ReadTechnologies(AttributeTarget context)
        => Read(context, "[Technology]", (arguments, name) => new Model.Technology(name, arguments.Named("Version"), arguments.Named("Description"), arguments.Named("Package")));

    public static CodeReadResult<Model.Component> ReadComponents(AttributeTarget context)
        => Read(context, "[Component]", (arguments, name) => new Model.Component(
            name,
            arguments.NamedReference("Container") ?? OwnContainer.Reference,
            arguments.Named("Description"),
            arguments.Named("Technology"),
            context.Symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty)));

    /// <summary>Reads every application of one attribute; an empty name is reported (ARCH005) instead of declaring a nameless element.</summary>
    private static CodeReadResult<T> Read<T>(AttributeTarget context, string attributeName, System.Func<AttributeArguments, string, T> create)
        where T : class, System.IEquatable<T>
        => CodeReadResult<T>.FromApplications(context, (arguments, location) => arguments.Constructor(0) is { } name
            ? (create(arguments, name), null)
            : (null, DiagnosticInfo.Create(DiagnosticDescriptors.MissingValue, location, attributeName, "name")));
}
