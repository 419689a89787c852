using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Finds the component a type (or the type containing a method) declares with <c>[Component]</c>.</summary>
internal static class ComponentLookup
{
    public static string? ComponentOf(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        var attribute = type?.GetAttributes().FirstOrDefault(candidate =>
            candidate.AttributeClass?.ToDisplayString() == ArchitectureAttributeNames.Component);
        return attribute is null ? null : new AttributeArguments(attribute).Constructor(0);
    }
}
