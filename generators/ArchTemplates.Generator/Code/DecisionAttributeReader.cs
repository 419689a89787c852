using System.Globalization;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Reads <c>[Decision]</c> on component types (the component) and on the assembly (its container, or <c>Element</c>).</summary>
internal static class DecisionAttributeReader
{
    public static CodeReadResult<DecisionLink> Read(AttributeTarget context)
    {
        var onType = context.Symbol is INamedTypeSymbol;
        var component = onType ? ComponentLookup.ComponentOf(context.Symbol) : null;
        return CodeReadResult<DecisionLink>.FromApplications(context, (arguments, location) =>
        {
            if (arguments.ConstructorNumber(0) is not { } number)
            {
                return (null, DiagnosticInfo.Create(DiagnosticDescriptors.MissingValue, location, "[Decision]", "record number"));
            }

            if (onType && component is null)
            {
                return (null, DiagnosticInfo.Create(DiagnosticDescriptors.DecisionOutsideComponent, location, context.Symbol.Name));
            }

            if (component is not null)
            {
                // Element is for the assembly's attribute; on a component it would be silently overruled.
                var unused = arguments.Named("Element") is { Length: > 0 } element && element != component
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.DecisionElementOnComponent, location, component, number.ToString(CultureInfo.InvariantCulture), element)
                    : null;
                return (new DecisionLink(new ElementReference(component), number), unused);
            }

            return (new DecisionLink(arguments.NamedReference("Element") ?? OwnContainer.Reference, number), null);
        });
    }
}
