using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Evidence;
using ArchTemplates.Generator.Evidence.Interactions;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Inputs;

/// <summary>What one syntax tree of this project declares and shows.</summary>
internal sealed record SourceTreeReading(
    CodeDeclarations Declarations,
    EquatableArray<Declared<CodeFact>> Interactions,
    TreeUses ComponentUses);

/// <summary>
/// The code stage: each syntax tree read once, for its architecture attributes, its interactions and its uses of
/// components, and the result kept for as long as the tree lives.
/// <para>
/// The driver calls a syntax provider's transform again for every node it matched, in every tree, on every run: it
/// never treats a semantic model as unchanged input. One provider that matches each tree once keeps that to one
/// table lookup per file; a provider per attribute and per kind of evidence cost an IDE a lookup for every annotated
/// declaration and every parameter, field and call, many times over, on every keystroke. A build always starts with
/// new trees, so its results are always current; in an IDE, a declaration or use whose meaning changes through
/// another file only (a constant it uses, a global alias) is read again when its own file changes.
/// </para>
/// </summary>
internal static class SourceTrees
{
    public static IncrementalValueProvider<ImmutableArray<SourceTreeReading>> Register(IncrementalGeneratorInitializationContext context)
    {
        var declarations = new AttributedDeclarations();
        var read = new ConditionalWeakTable<SyntaxNode, SourceTreeReading>();
        return context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is CompilationUnitSyntax,
                (syntax, cancellationToken) => read.GetValue(syntax.Node, _ => Read(declarations, EvidenceSemanticModel.For(syntax.SemanticModel), cancellationToken)))
            .WithTrackingName(TrackingNames.SourceTrees)
            .Collect();
    }

    private static SourceTreeReading Read(AttributedDeclarations declarations, SemanticModel model, CancellationToken cancellationToken)
        => new(
            declarations.Read(model, cancellationToken),
            InteractionFactsProvider.Read(model, cancellationToken),
            ComponentUseFactsProvider.Read(model, cancellationToken));
}
