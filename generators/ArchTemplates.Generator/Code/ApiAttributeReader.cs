using System.Linq;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Reads <c>[Api]</c> on the assembly (the container's), on component types and on their methods.</summary>
internal static class ApiAttributeReader
{
    public static CodeReadResult<ApiEndpoint> Read(AttributeTarget context)
    {
        var component = context.Symbol is IAssemblySymbol ? null : ComponentLookup.ComponentOf(context.Symbol);
        return CodeReadResult<ApiEndpoint>.FromApplications(context, (arguments, location) =>
        {
            var method = arguments.Constructor(0);
            var route = arguments.Constructor(1);
            if (method is null || route is null)
            {
                return (null, DiagnosticInfo.Create(DiagnosticDescriptors.MissingValue, location, "[Api]", method is null ? "method" : "route"));
            }

            return (new ApiEndpoint(
                component is null ? OwnContainer.Placeholder : null,
                component,
                method.ToUpperInvariant(),
                route,
                arguments.Named("Description"),
                TypeLabel(arguments.NamedType("Request")),
                TypeLabel(arguments.NamedType("Response")),
                arguments.Named("Responses")), null);
        });
    }

    /// <summary>A data model's name when the type is one, otherwise the type's C# name.</summary>
    private static string? TypeLabel(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        var dataModel = type.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == ArchitectureAttributeNames.DataModel);
        return dataModel is null
            ? type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            : DataModelAttributeReader.ModelName(new AttributeArguments(dataModel), type);
    }
}
