using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// Where one attribute was applied (a type, a method or the assembly) and its applications. Built from the
/// source (a <see cref="GeneratorAttributeSyntaxContext"/>) or from a referenced assembly's metadata, so
/// both are read by the same readers. Used inside a step only: it holds symbols, never a pipeline value.
/// </summary>
internal readonly record struct AttributeTarget(ISymbol Symbol, ImmutableArray<AttributeData> Attributes, SemanticModel? SemanticModel)
{
    public static AttributeTarget From(GeneratorAttributeSyntaxContext context)
        => new(context.TargetSymbol, context.Attributes, context.SemanticModel);

    public static AttributeTarget FromMetadata(ISymbol symbol, string attributeName)
        => new(symbol, symbol.GetAttributes().Where(attribute => attribute.AttributeClass?.ToDisplayString() == attributeName).ToImmutableArray(), null);

    public bool IsEmpty => Attributes.IsDefaultOrEmpty;
}
