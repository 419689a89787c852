using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// Finds the declarations that carry one architecture attribute and reads each once per syntax tree.
/// <para>
/// <c>ForAttributeWithMetadataName</c> binds every annotated declaration again whenever the compilation changes,
/// so in an IDE every keystroke in any file re-bound and re-read the whole project's attributes (and re-derived
/// every data model's schema). Here a declaration is read when its syntax tree is new, and its result is kept for
/// as long as that tree lives: an edit re-reads only the edited file. A build always starts with new trees, so its
/// results are always current; in an IDE, a declaration whose meaning changes through another file only (a constant
/// it uses, a global alias) is read again when its own file changes.
/// </para>
/// <para>
/// What is read is what <c>ForAttributeWithMetadataName</c> yields: the declared symbol (the assembly for
/// <c>[assembly: ...]</c>) and those of its attributes, written in the same file, whose bound class is ours, so
/// aliases, global usings, constants and <c>nameof</c> mean what the compiler says. Binding is skipped for a
/// declaration none of whose attributes can name ours: neither our simple name nor an alias.
/// </para>
/// </summary>
internal sealed class AttributedDeclarations
{
    private readonly ConditionalWeakTable<Compilation, HashSet<string>> _globalAliases = new();

    /// <summary>One result per declaration that carries the attribute named <paramref name="metadataName"/>.</summary>
    /// <param name="context">The generator's initialization context.</param>
    /// <param name="metadataName">The attribute's full name: <c>ArchTemplates.ComponentAttribute</c>.</param>
    /// <param name="isTarget">The kinds of declaration the attribute may be written on (a compilation unit for <c>[assembly: ...]</c>).</param>
    /// <param name="read">Reads the declaration's applications of the attribute.</param>
    /// <param name="failed">The result when reading threw: the failure as a diagnostic.</param>
    public IncrementalValuesProvider<TResult> Register<TResult>(
        IncrementalGeneratorInitializationContext context,
        string metadataName,
        Func<SyntaxNode, bool> isTarget,
        Func<AttributeTarget, TResult> read,
        Func<DiagnosticInfo, TResult> failed)
        where TResult : class
    {
        var simpleName = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        var names = new[] { simpleName, simpleName.Substring(0, simpleName.Length - "Attribute".Length) };
        var results = new ConditionalWeakTable<SyntaxNode, StrongBox<TResult?>>();
        return context.SyntaxProvider
            .CreateSyntaxProvider(
                (node, _) => isTarget(node) && AttributeLists(node).Count > 0,
                (syntax, cancellationToken) => results.GetValue(syntax.Node, node => new StrongBox<TResult?>(Guard.Run(
                    $"reading [{simpleName}] in {node.SyntaxTree.FilePath}",
                    () => Read(node, syntax.SemanticModel, metadataName, names, read, cancellationToken),
                    failed))).Value)
            .WithTrackingName(TrackingNames.Declarations)
            .Where(static result => result is not null)
            .Select(static (result, _) => result!);
    }

    private TResult? Read<TResult>(SyntaxNode node, SemanticModel semanticModel, string metadataName, string[] names, Func<AttributeTarget, TResult> read, System.Threading.CancellationToken cancellationToken)
        where TResult : class
    {
        if (!AttributeLists(node).SelectMany(list => list.Attributes).Any(attribute => MayName(attribute.Name, names, node, semanticModel.Compilation)))
        {
            return null;
        }

        var symbol = node is CompilationUnitSyntax ? semanticModel.Compilation.Assembly : semanticModel.GetDeclaredSymbol(node, cancellationToken);
        var attributes = symbol?.GetAttributes()
            .Where(attribute => attribute.ApplicationSyntaxReference?.SyntaxTree == node.SyntaxTree && attribute.AttributeClass?.ToDisplayString() == metadataName)
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
}
