using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Reads <c>[Api]</c> on the assembly (the container's), on component types and on their methods.</summary>
internal static class ApiAttributeReader
{
    public const string MetadataName = "ArchTemplates.ApiAttribute";

    public static CodeReadResult<ApiEndpoint> Read(AttributeTarget context)
    {
        var items = new List<Declared<ApiEndpoint>>();
        var diagnostics = new List<DiagnosticInfo>();
        var component = context.Symbol is IAssemblySymbol ? null : ComponentLookup.ComponentOf(context.Symbol);
        foreach (var (arguments, location) in context.Applications())
        {
            var method = arguments.Constructor(0);
            var route = arguments.Constructor(1);
            if (method is null || route is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingValue, location, "[Api]", method is null ? "method" : "route"));
                continue;
            }

            items.Add(new Declared<ApiEndpoint>(
                new ApiEndpoint(
                    component is null ? CodeConventions.OwnContainer : null,
                    component,
                    method.ToUpperInvariant(),
                    route,
                    arguments.Named("Description"),
                    TypeLabel(arguments.NamedType("Request")),
                    TypeLabel(arguments.NamedType("Response")),
                    arguments.Named("Responses")),
                location));
        }

        return new CodeReadResult<ApiEndpoint>(items.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>A data model's name when the type is one, otherwise the type's C# name.</summary>
    private static string? TypeLabel(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        var dataModel = type.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == DataModelAttributeReader.MetadataName);
        return dataModel is null
            ? type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            : DataModelAttributeReader.ModelName(new AttributeArguments(dataModel), type);
    }
}
