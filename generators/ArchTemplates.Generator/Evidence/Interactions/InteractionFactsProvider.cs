using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using System.Threading;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Inputs;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>
/// The evidence stage for this project's code: HTTP calls, endpoints, messages sent and consumed and databases
/// used, each with the first place the code shows it. A syntactic filter keeps the semantic work to the few
/// nodes of a tree that can show an interaction.
/// </summary>
[Component("Interaction Readers", Description = "Read the HTTP calls and endpoints, messages and database use that the code shows")]
internal static class InteractionFactsProvider
{
    public static IncrementalValueProvider<EquatableArray<Declared<CodeFact>>> Register(IncrementalValueProvider<ImmutableArray<SourceTreeReading>> trees)
        => trees
            .Select(static (trees, _) => FirstOfEach(trees.SelectMany(tree => tree.Evidence?.Interactions ?? EquatableArray<Declared<CodeFact>>.Empty)))
            .WithTrackingName(TrackingNames.Evidence);

    /// <summary>The interactions one tree shows, in the order the file gives them.</summary>
    public static EquatableArray<Declared<CodeFact>> Read(SemanticModel semanticModel, CancellationToken cancellationToken)
        => semanticModel.SyntaxTree.GetRoot(cancellationToken)
            .DescendantNodes()
            .Where(MayShowInteraction)
            .SelectMany(node => Read(node, semanticModel, cancellationToken))
            .ToEquatableArray();

    /// <summary>Syntax only: calls by the names that can be interactions, types that have a base list, members and parameters of a named type, attributed methods.</summary>
    private static bool MayShowInteraction(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => InvokedName(invocation) is { } name
            && (HttpCallReader.MayCall(name) || MessageReader.MaySend(name) || EndpointReader.MayMap(name)),
        TypeDeclarationSyntax { BaseList: not null } => true,
        ParameterSyntax { Type: { } type } => IsNamedType(type),
        FieldDeclarationSyntax field => IsNamedType(field.Declaration.Type),
        PropertyDeclarationSyntax property => IsNamedType(property.Type),
        MethodDeclarationSyntax { AttributeLists.Count: > 0 } => true,
        _ => false,
    };

    private static bool IsNamedType(TypeSyntax type)
        => type is NameSyntax or NullableTypeSyntax { ElementType: NameSyntax };

    private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static EquatableArray<Declared<CodeFact>> Read(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
        => Guard.Run(
            "reading the interactions the code shows",
            () => Facts(node, semanticModel, cancellationToken).ToEquatableArray(),
            // Evidence is a bonus: code it cannot read shows nothing, and the declarations still stand.
            _ => EquatableArray<Declared<CodeFact>>.Empty);

    private static IEnumerable<Declared<CodeFact>> Facts(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        IEnumerable<CodeFact?> facts = node switch
        {
            InvocationExpressionSyntax invocation => Call(semanticModel, invocation, cancellationToken),
            TypeDeclarationSyntax type => semanticModel.GetDeclaredSymbol(type, cancellationToken) is INamedTypeSymbol symbol ? MessageReader.ReadConsumer(symbol) : [],
            ParameterSyntax { Type: { } type } => [DatabaseUseReader.Read(semanticModel.GetTypeInfo(type, cancellationToken).Type)],
            FieldDeclarationSyntax field => [DatabaseUseReader.Read(semanticModel.GetTypeInfo(field.Declaration.Type, cancellationToken).Type)],
            PropertyDeclarationSyntax property => [DatabaseUseReader.Read(semanticModel.GetTypeInfo(property.Type, cancellationToken).Type)],
            MethodDeclarationSyntax method => semanticModel.GetDeclaredSymbol(method, cancellationToken) is IMethodSymbol action ? EndpointReader.ReadActions(action) : [],
            _ => [],
        };

        var found = facts.Where(fact => fact is not null).ToList();
        if (found.Count == 0)
        {
            yield break;
        }

        var declaration = node as TypeDeclarationSyntax;
        var component = InteractionSymbols.ComponentOf(node switch
        {
            TypeDeclarationSyntax type => semanticModel.GetDeclaredSymbol(type, cancellationToken),
            // A primary constructor's parameter sits before the type's body, where the enclosing symbol is the namespace.
            ParameterSyntax parameter => semanticModel.GetDeclaredSymbol(parameter, cancellationToken)?.ContainingSymbol,
            _ => semanticModel.GetEnclosingSymbol(node.SpanStart, cancellationToken),
        });
        var location = LocationInfo.From(declaration is null ? node.GetLocation() : declaration.Identifier.GetLocation());
        foreach (var fact in found)
        {
            yield return new Declared<CodeFact>(fact! with { Component = component }, location);
        }
    }

    private static IEnumerable<CodeFact?> Call(SemanticModel semanticModel, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        if (InteractionSymbols.Method(semanticModel, invocation, cancellationToken) is not { } method || InvokedName(invocation) is not { } name)
        {
            return [];
        }

        return
        [
            HttpCallReader.Read(semanticModel, invocation, method, name, cancellationToken),
            MessageReader.ReadSend(semanticModel, invocation, method, cancellationToken),
            EndpointReader.ReadMap(semanticModel, invocation, method, cancellationToken),
        ];
    }

    /// <summary>Each fact once, at the first place (by file and position) that shows it: what a diagnostic points to.</summary>
    private static EquatableArray<Declared<CodeFact>> FirstOfEach(IEnumerable<Declared<CodeFact>> facts)
        => facts
            .OrderBy(fact => fact.Location?.FilePath, StringComparer.Ordinal)
            .ThenBy(fact => fact.Location?.Span.Start)
            .GroupBy(fact => fact.Element)
            .Select(group => group.First())
            .OrderBy(fact => fact.Element.Kind)
            .ThenBy(fact => fact.Element.Subject, StringComparer.Ordinal)
            .ThenBy(fact => fact.Element.Component, StringComparer.Ordinal)
            .ThenBy(fact => fact.Element.Detail, StringComparer.Ordinal)
            .ToEquatableArray();
}
