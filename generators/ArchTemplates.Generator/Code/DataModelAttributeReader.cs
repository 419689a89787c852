using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Schemas;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>A type marked <c>[DataModel]</c>, found by syntax; its schema is derived later from the compilation.</summary>
internal sealed record DataModelTarget(string MetadataName, string Name, string? Description, JsonNaming Naming, LocationInfo? Location);

/// <summary>The data models of a project with their JSON Schemas, and what the schema writer could not describe.</summary>
internal sealed record DataModelResult(EquatableArray<Declared<DataModel>> Models, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Reads <c>[DataModel]</c> and derives each model's JSON Schema from its type.</summary>
internal static class DataModelAttributeReader
{
    public const string MetadataName = "ArchTemplates.DataModelAttribute";

    public static DataModelTarget? ReadTarget(AttributeTarget context)
    {
        if (context.Symbol is not INamedTypeSymbol type || context.Attributes.IsEmpty)
        {
            return null;
        }

        var arguments = new AttributeArguments(context.Attributes[0], context.SemanticModel);
        return new DataModelTarget(
            MetadataNameOf(type),
            ModelName(arguments, type),
            arguments.Named("Description"),
            (JsonNaming)arguments.NamedEnum("Naming", Enum.GetNames(typeof(JsonNaming))),
            type.Locations.FirstOrDefault(location => location.IsInSource) is { } source ? LocationInfo.From(source) : null);
    }

    public static string ModelName(AttributeArguments arguments, ITypeSymbol type)
        => arguments.Constructor(0) ?? type.Name;

    /// <summary>
    /// Derives the schemas. This runs against the whole compilation rather than inside the attribute's
    /// transform, because a model's schema depends on types declared in other files.
    /// </summary>
    public static DataModelResult Describe(EquatableArray<DataModelTarget> targets, Compilation compilation)
    {
        var models = new List<Declared<DataModel>>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var target in targets)
        {
            if (compilation.GetTypeByMetadataName(target.MetadataName) is { } type)
            {
                models.Add(Describe(type, target, diagnostics));
            }
        }

        return new DataModelResult(models.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Derives one model's schema from its type.</summary>
    public static Declared<DataModel> Describe(INamedTypeSymbol type, DataModelTarget target, List<DiagnosticInfo> diagnostics)
    {
        var schema = new JsonSchemaBuilder(target.Naming).Build(type, target.Name, target.Description, target.Location);
        diagnostics.AddRange(schema.Diagnostics);
        return new Declared<DataModel>(new DataModel(target.Name, type.ToDisplayString(), target.Description, schema.Json), target.Location);
    }

    private static string MetadataNameOf(INamedTypeSymbol type)
    {
        var names = new Stack<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            names.Push(current.MetadataName);
        }

        var nested = string.Join("+", names);
        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? $"{ns.ToDisplayString()}.{nested}" : nested;
    }
}
