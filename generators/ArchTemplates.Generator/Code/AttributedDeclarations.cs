using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// Reads every architecture attribute one syntax tree declares, each kind on the declarations it may be written on.
/// <para>
/// What is read is what <c>ForAttributeWithMetadataName</c> would yield: the declared symbol (the assembly for
/// <c>[assembly: ...]</c>) and those of its attributes, written in the same file, whose bound class is ours, so
/// aliases, global usings, constants and <c>nameof</c> mean what the compiler says. Binding is skipped for a
/// declaration none of whose attributes can name ours: neither our simple name nor an alias.
/// </para>
/// </summary>
internal sealed class AttributedDeclarations
{
    private static readonly Func<SyntaxNode, bool> OnAssembly = static node => node is CompilationUnitSyntax;
    private static readonly AttributeKind Containers = new(ArchitectureAttributeNames.Container, OnAssembly);
    private static readonly AttributeKind People = new(ArchitectureAttributeNames.Person, OnAssembly);
    private static readonly AttributeKind ExternalSystems = new(ArchitectureAttributeNames.ExternalSystem, OnAssembly);
    private static readonly AttributeKind Technologies = new(ArchitectureAttributeNames.Technology, OnAssembly);
    private static readonly AttributeKind Components = new(ArchitectureAttributeNames.Component, static node => node is TypeDeclarationSyntax);
    private static readonly AttributeKind Relationships = new(ArchitectureAttributeNames.Relationship, static node => node is CompilationUnitSyntax or TypeDeclarationSyntax);
    private static readonly AttributeKind Apis = new(ArchitectureAttributeNames.Api, static node => node is CompilationUnitSyntax or TypeDeclarationSyntax or MethodDeclarationSyntax);
    private static readonly AttributeKind Decisions = new(ArchitectureAttributeNames.Decision, static node => node is CompilationUnitSyntax or TypeDeclarationSyntax);
    private static readonly AttributeKind DataModels = new(ArchitectureAttributeNames.DataModel, static node => node is TypeDeclarationSyntax or EnumDeclarationSyntax);

    private readonly ConditionalWeakTable<Compilation, HashSet<string>> _globalAliases = new();

    /// <summary>The declarations of the tree <paramref name="semanticModel"/> is for, in the order the file gives them.</summary>
    public CodeDeclarations Read(SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var root = semanticModel.SyntaxTree.GetRoot(cancellationToken);
        var annotated = root.DescendantNodesAndSelf(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .Where(static node => AttributeLists(node).Count > 0)
            .ToList();
        if (annotated.Count == 0)
        {
            return CodeDeclarations.None;
        }

        EquatableArray<CodeReadResult<T>> All<T>(AttributeKind kind, Func<AttributeTarget, CodeReadResult<T>> read)
            where T : IEquatable<T>
            => ReadEach(annotated, kind, semanticModel, read, CodeReadResult<T>.Failed, cancellationToken).ToEquatableArray();

        var dataModels = ReadEach(annotated, DataModels, semanticModel, DataModelAttributeReader.Describe, DataModelResult.Failed, cancellationToken);
        return new CodeDeclarations(
            All(Containers, ElementAttributeReaders.ReadContainers),
            All(People, ElementAttributeReaders.ReadPeople),
            All(ExternalSystems, ElementAttributeReaders.ReadExternalSystems),
            All(Technologies, ElementAttributeReaders.ReadTechnologies),
            All(Components, ElementAttributeReaders.ReadComponents),
            All(Relationships, RelationshipAttributeReader.Read),
            All(Apis, ApiAttributeReader.Read),
            new DataModelResult(
                dataModels.SelectMany(result => result.Models).ToEquatableArray(),
                dataModels.SelectMany(result => result.Diagnostics).ToEquatableArray()),
            All(Decisions, DecisionAttributeReader.Read));
    }

    private List<TResult> ReadEach<TResult>(
        List<SyntaxNode> annotated,
        AttributeKind kind,
        SemanticModel semanticModel,
        Func<AttributeTarget, TResult> read,
        Func<DiagnosticInfo, TResult> failed,
        CancellationToken cancellationToken)
        where TResult : class
    {
        var results = new List<TResult>();
        foreach (var node in annotated.Where(kind.IsTarget))
        {
            var result = Guard.Run(
                $"reading [{kind.SimpleName}] in {node.SyntaxTree.FilePath}",
                () => Read(node, semanticModel, kind, read, cancellationToken),
                failed);
            if (result is not null)
            {
                results.Add(result);
            }
        }

        return results;
    }

    private TResult? Read<TResult>(SyntaxNode node, SemanticModel semanticModel, AttributeKind kind, Func<AttributeTarget, TResult> read, CancellationToken cancellationToken)
        where TResult : class
    {
        if (!AttributeLists(node).SelectMany(list => list.Attributes).Any(attribute => MayName(attribute.Name, kind.Names, node, semanticModel.Compilation)))
        {
            return null;
        }

        var symbol = node is CompilationUnitSyntax ? semanticModel.Compilation.Assembly : semanticModel.GetDeclaredSymbol(node, cancellationToken);
        var attributes = symbol?.GetAttributes()
            .Where(attribute => attribute.ApplicationSyntaxReference?.SyntaxTree == node.SyntaxTree && attribute.AttributeClass?.ToDisplayString() == kind.MetadataName)
            .ToImmutableArray() ?? ImmutableArray<AttributeData>.Empty;
        return attributes.IsEmpty ? null : read(new AttributeTarget(symbol!, attributes, semanticModel));
    }

    /// <summary>Whether an attribute's name can bind to ours: it ends in our simple name, or it is an alias in scope.</summary>
    private bool MayName(NameSyntax name, string[] names, SyntaxNode node, Compilation compilation)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            SimpleNameSyntax simpleName => simpleName.Identifier.ValueText,
            _ => null,
        };
        if (simple is null || names.Contains(simple, StringComparer.Ordinal))
        {
            return true;
        }

        // The compiler looks an attribute's name up as written and with "Attribute" appended, aliases included.
        return name is IdentifierNameSyntax
            && new[] { simple, simple + "Attribute" }.Any(candidate =>
                LocalAliases(node).Contains(candidate, StringComparer.Ordinal) || _globalAliases.GetValue(compilation, GlobalAliases).Contains(candidate));
    }

    /// <summary>The aliases the file and the namespaces around <paramref name="node"/> declare.</summary>
    private static IEnumerable<string> LocalAliases(SyntaxNode node)
        => node.AncestorsAndSelf()
            .Select(ancestor => ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax @namespace => @namespace.Usings,
                _ => default,
            })
            .SelectMany(usings => usings)
            .Where(directive => directive.Alias is not null)
            .Select(directive => directive.Alias!.Name.Identifier.ValueText);

    /// <summary>The <c>global using X = ...;</c> aliases of every file of the compilation.</summary>
    private static HashSet<string> GlobalAliases(Compilation compilation)
        => new(
            compilation.SyntaxTrees
                .Select(tree => tree.GetRoot())
                .OfType<CompilationUnitSyntax>()
                .SelectMany(unit => unit.Usings)
                .Where(directive => directive.GlobalKeyword != default && directive.Alias is not null)
                .Select(directive => directive.Alias!.Name.Identifier.ValueText),
            StringComparer.Ordinal);

    private static SyntaxList<AttributeListSyntax> AttributeLists(SyntaxNode node) => node switch
    {
        CompilationUnitSyntax unit => unit.AttributeLists,
        MemberDeclarationSyntax member => member.AttributeLists,
        _ => default,
    };

    /// <summary>One architecture attribute: its full name and the declarations it may be written on.</summary>
    private sealed class AttributeKind
    {
        public AttributeKind(string metadataName, Func<SyntaxNode, bool> isTarget)
        {
            MetadataName = metadataName;
            SimpleName = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
            Names = [SimpleName, SimpleName.Substring(0, SimpleName.Length - "Attribute".Length)];
            IsTarget = isTarget;
        }

        public string MetadataName { get; }

        public string SimpleName { get; }

        /// <summary>The names that can bind to it as written: <c>ComponentAttribute</c> and <c>Component</c>.</summary>
        public string[] Names { get; }

        public Func<SyntaxNode, bool> IsTarget { get; }
    }
}
