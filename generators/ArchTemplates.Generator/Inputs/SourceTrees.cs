using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Evidence;
using ArchTemplates.Generator.Evidence.Interactions;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Inputs;

/// <summary>What one syntax tree of this project declares, and what its code shows when the project's code is read for evidence.</summary>
internal sealed record SourceTreeReading(CodeDeclarations Declarations, TreeEvidence? Evidence);

/// <summary>What one tree's code shows: its interactions and its uses of components.</summary>
internal sealed record TreeEvidence(EquatableArray<Declared<CodeFact>> Interactions, TreeUses ComponentUses);

/// <summary>
/// The code stage: each syntax tree read once, for its architecture attributes, its interactions and its uses of
/// components, and the result kept for as long as the tree lives.
/// <para>
/// A syntax provider's transform runs again for every node it matched, in every tree, on every run: the driver never
/// treats a semantic model as unchanged input. So the stage looks each tree of the compilation up in its table, once
/// per run, and reads only the trees it has not seen; a provider per attribute and per kind of evidence cost an IDE a
/// lookup for every annotated declaration and every parameter, field and call, many times over, on every keystroke.
/// A build always starts with new trees, so its results are always current; in an IDE, a declaration or use whose
/// meaning changes through another file only (a constant it uses, a global alias) is read again when its own file
/// changes.
/// </para>
/// <para>
/// Evidence means binding every body of the project, about as much work as the compiler's own checking of it. A test
/// project's code exercises the architecture rather than being part of it, so it is read for evidence only when it
/// declares a container or a component of its own (a test suite the team models): see <see cref="ReadsEvidence"/>.
/// </para>
/// </summary>
internal static class SourceTrees
{
    public static IncrementalValueProvider<ImmutableArray<SourceTreeReading>> Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ProjectKind> projectKind)
    {
        var declarations = new AttributedDeclarations();
        var declared = new ConditionalWeakTable<SyntaxNode, CodeDeclarations>();
        var shown = new ConditionalWeakTable<SyntaxNode, TreeEvidence>();
        return context.CompilationProvider
            .Combine(projectKind)
            .SelectMany((input, cancellationToken) =>
            {
                var (compilation, kind) = input;
                var trees = compilation.SyntaxTrees.Select(tree => (Tree: tree, Root: tree.GetRoot(cancellationToken))).ToList();
                var code = trees
                    .Select(tree => declared.GetValue(tree.Root, _ => declarations.Read(EvidenceSemanticModel.For(compilation, tree.Tree), cancellationToken)))
                    .ToList();
                var readsEvidence = ReadsEvidence(kind, code);
                return trees
                    .Select((tree, index) => new SourceTreeReading(
                        code[index],
                        readsEvidence ? shown.GetValue(tree.Root, _ => Evidence(EvidenceSemanticModel.For(compilation, tree.Tree), cancellationToken)) : null))
                    .ToImmutableArray();
            })
            .WithTrackingName(TrackingNames.SourceTrees)
            .Collect();
    }

    /// <summary>Whether the project's code was read for evidence: null evidence in its trees says it was not.</summary>
    public static bool EvidenceRead(ImmutableArray<SourceTreeReading> trees) => trees.All(tree => tree.Evidence is not null);

    /// <summary>Every project's code is evidence, but a test project's only when it declares a container or component itself.</summary>
    private static bool ReadsEvidence(ProjectKind kind, IReadOnlyCollection<CodeDeclarations> code)
        => kind != ProjectKind.Test || code.Any(tree => tree.Containers.Count > 0 || tree.Components.Count > 0);

    private static TreeEvidence Evidence(SemanticModel model, CancellationToken cancellationToken)
        => new(InteractionFactsProvider.Read(model, cancellationToken), ComponentUseFactsProvider.Read(model, cancellationToken));
}
