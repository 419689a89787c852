using System.Linq;
using ArchTemplates.Generator.Code;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>What the readers of interactions ask of symbols: namespaces, full names, the component code belongs to.</summary>
internal static class InteractionSymbols
{
    /// <summary>A type's name as C# writes it, with its namespace: how a message type is named across projects.</summary>
    public static string FullName(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    /// <summary>A type's metadata name with its namespace (<c>MassTransit.IConsumer`1</c>): how a known library type is recognised.</summary>
    public static string MetadataName(ITypeSymbol type)
        => type.ContainingNamespace is { IsGlobalNamespace: false } @namespace ? @namespace.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    /// <summary>True when <paramref name="symbol"/> is declared in <paramref name="namespace"/> or a namespace inside it.</summary>
    public static bool IsIn(ISymbol symbol, string @namespace)
    {
        var name = symbol.ContainingNamespace?.ToDisplayString();
        return name is not null && (name == @namespace || name.StartsWith(@namespace + ".", System.StringComparison.Ordinal));
    }

    /// <summary>The method a call binds to; null when it does not bind to exactly one.</summary>
    public static IMethodSymbol? Method(SemanticModel semanticModel, SyntaxNode invocation, System.Threading.CancellationToken cancellationToken)
        => semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol;

    /// <summary>The component whose code this is: the first type, from the innermost outwards, that declares one.</summary>
    public static string? ComponentOf(ISymbol? symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (ComponentLookup.ComponentOf(type) is { } component)
            {
                return component;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="type"/> is, or derives from, the class with the metadata name <paramref name="fullName"/>.</summary>
    public static bool DerivesFrom(ITypeSymbol type, string fullName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (MetadataName(current) == fullName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type's interfaces, itself first when it is one.</summary>
    public static System.Collections.Generic.IEnumerable<INamedTypeSymbol> Interfaces(ITypeSymbol type)
        => type.TypeKind == TypeKind.Interface && type is INamedTypeSymbol self ? new[] { self }.Concat(type.AllInterfaces) : type.AllInterfaces;
}
