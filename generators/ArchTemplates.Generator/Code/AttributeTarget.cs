using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArchTemplates.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// Where one attribute was applied (a type, a method or the assembly) and its applications. Built from the
/// source (by <see cref="AttributedDeclarations"/>) or from a referenced assembly's metadata, so
/// both are read by the same readers. Used inside a step only: it holds symbols, never a pipeline value.
/// </summary>
internal readonly record struct AttributeTarget(ISymbol Symbol, ImmutableArray<AttributeData> Attributes, SemanticModel? SemanticModel)
{
    public static AttributeTarget FromMetadata(ISymbol symbol, string attributeName)
        => new(symbol, symbol.GetAttributes().Where(attribute => attribute.AttributeClass?.ToDisplayString() == attributeName).ToImmutableArray(), null);

    /// <summary>Each application of the attribute, ready to read, with where it is written.</summary>
    public IEnumerable<(AttributeArguments Arguments, LocationInfo? Location)> Applications()
    {
        foreach (var attribute in Attributes.IsDefault ? ImmutableArray<AttributeData>.Empty : Attributes)
        {
            var location = attribute.ApplicationSyntaxReference is { } reference ? LocationInfo.From(reference.GetSyntax()) : null;
            yield return (new AttributeArguments(attribute, SemanticModel), location);
        }
    }
}
