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

            var element = component is not null ? new ElementReference(component) : arguments.NamedReference("Element") ?? OwnContainer.Reference;
            return (new DecisionLink(element, number), null);
        });
    }
}
