using System;
using System.Collections.Generic;
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

    public static DataModelTarget? ReadTarget(GeneratorAttributeSyntaxContext context)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.IsEmpty)
        {
            return null;
        }

        var arguments = new AttributeArguments(context.Attributes[0], context.SemanticModel);
        return new DataModelTarget(
            MetadataNameOf(type),
            ModelName(arguments, type),
            arguments.Named("Description"),
            (JsonNaming)arguments.NamedEnum("Naming", Enum.GetNames(typeof(JsonNaming))),
            LocationInfo.From(context.TargetNode));
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
            if (compilation.GetTypeByMetadataName(target.MetadataName) is not { } type)
            {
                continue;
            }

            var schema = new JsonSchemaBuilder(target.Naming).Build(type, target.Name, target.Description, target.Location);
            diagnostics.AddRange(schema.Diagnostics);
            models.Add(new Declared<DataModel>(
                new DataModel(target.Name, type.ToDisplayString(), target.Description, schema.Json),
                target.Location));
        }

        return new DataModelResult(models.ToEquatableArray(), diagnostics.ToEquatableArray());
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
