using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Schemas;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>What <c>[DataModel]</c> says about a type: the model's name, description, naming policy and location.</summary>
internal sealed record DataModelTarget(string Name, string? Description, JsonNaming Naming, LocationInfo? Location);

/// <summary>The data models of a project with their JSON Schemas, and what the schema writer could not describe.</summary>
internal sealed record DataModelResult(EquatableArray<Declared<DataModel>> Models, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly DataModelResult None = new(EquatableArray<Declared<DataModel>>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>The result when reading threw: the failure as a diagnostic.</summary>
    public static DataModelResult Failed(DiagnosticInfo failure) => new(EquatableArray<Declared<DataModel>>.Empty, new[] { failure }.ToEquatableArray());
}

/// <summary>Reads <c>[DataModel]</c> and derives each model's JSON Schema from its type.</summary>
[Component("Data Model Reader", Description = "Reads [DataModel] on types and has each model's JSON Schema derived from its type")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.SchemaBuilder, "Derives data-model schemas with")]
internal static class DataModelAttributeReader
{
    private static DataModelTarget? ReadTarget(AttributeTarget context)
    {
        if (context.Symbol is not INamedTypeSymbol type || context.Attributes.IsEmpty)
        {
            return null;
        }

        var arguments = new AttributeArguments(context.Attributes[0], context.SemanticModel);
        return new DataModelTarget(
            ModelName(arguments, type),
            arguments.Named("Description"),
            arguments.NamedEnum<JsonNaming>("Naming"),
            type.Locations.FirstOrDefault(location => location.IsInSource) is { } source ? LocationInfo.From(source) : null);
    }

    public static string ModelName(AttributeArguments arguments, ITypeSymbol type)
        => arguments.Constructor(0) ?? type.Name;

    /// <summary>Reads the model the attribute declares and derives its schema.</summary>
    public static DataModelResult Describe(AttributeTarget context)
    {
        if (ReadTarget(context) is not { } target)
        {
            return new DataModelResult(EquatableArray<Declared<DataModel>>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var model = Describe((INamedTypeSymbol)context.Symbol, target, diagnostics);
        return new DataModelResult(new[] { model }.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Derives one model's schema from its type.</summary>
    private static Declared<DataModel> Describe(INamedTypeSymbol type, DataModelTarget target, List<DiagnosticInfo> diagnostics)
    {
        var schema = new JsonSchemaBuilder(target.Naming).Build(type, target.Name, target.Description, target.Location);
        diagnostics.AddRange(schema.Diagnostics);
        return new Declared<DataModel>(new DataModel(target.Name, type.ToDisplayString(), target.Description, schema.Json), target.Location);
    }
}
