using System.Collections.Generic;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Reads <c>[Relationship]</c> on the assembly (source: its container, or <c>From</c>) and on component types.</summary>
internal static class RelationshipAttributeReader
{
    public const string MetadataName = "ArchTemplates.RelationshipAttribute";

    public static CodeReadResult<Relationship> Read(AttributeTarget context)
    {
        var items = new List<Declared<Relationship>>();
        var diagnostics = new List<DiagnosticInfo>();
        var onType = context.Symbol is INamedTypeSymbol;
        var component = onType ? ComponentLookup.ComponentOf(context.Symbol) : null;
        foreach (var (arguments, location) in context.Applications())
        {
            var to = arguments.ConstructorReference(0);
            var description = arguments.Constructor(1);
            if (to is null || description is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingValue, location, "[Relationship]", to is null ? "target (to)" : "description"));
                continue;
            }

            ElementReference from;
            if (onType)
            {
                if (component is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RelationshipOutsideComponent, location, context.Symbol.Name));
                    continue;
                }

                from = new ElementReference(component);
            }
            else
            {
                from = arguments.NamedReference("From") ?? new ElementReference(CodeConventions.OwnContainer);
            }

            var relationship = new Relationship(from, to, description, arguments.Named("Technology"), arguments.NamedEnum<Interaction>("Interaction") == Interaction.Async);
            items.Add(new Declared<Relationship>(relationship, location));
        }

        return new CodeReadResult<Relationship>(items.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
