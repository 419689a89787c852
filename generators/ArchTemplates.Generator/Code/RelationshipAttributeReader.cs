using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Reads <c>[Relationship]</c> on the assembly (source: its container, or <c>From</c>) and on component types.</summary>
internal static class RelationshipAttributeReader
{
    public static CodeReadResult<Relationship> Read(AttributeTarget context)
    {
        var onType = context.Symbol is INamedTypeSymbol;
        var component = onType ? ComponentLookup.ComponentOf(context.Symbol) : null;
        return CodeReadResult<Relationship>.FromApplications(context, (arguments, location) =>
        {
            var to = arguments.ConstructorReference(0);
            var description = arguments.Constructor(1);
            if (to is null || description is null)
            {
                return (null, DiagnosticInfo.Create(DiagnosticDescriptors.MissingValue, location, "[Relationship]", to is null ? "target (to)" : "description"));
            }

            if (onType && component is null)
            {
                return (null, DiagnosticInfo.Create(DiagnosticDescriptors.RelationshipOutsideComponent, location, context.Symbol.Name));
            }

            var from = component is not null ? new ElementReference(component) : arguments.NamedReference("From") ?? OwnContainer.Reference;
            var relationship = new Relationship(from, to, description, arguments.Named("Technology"), arguments.NamedEnum<Interaction>("Interaction") == Interaction.Async)
            {
                Evidence = arguments.NamedEnum<global::ArchTemplates.Evidence>("Evidence"),
            };
            return (relationship, null);
        });
    }
}
