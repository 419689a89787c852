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
/// declares a container or a component of its own (a test suite the team models).
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

                // One semantic model per tree read, made only when the tree is new and let go as soon as it is read.
                SourceTreeReading Read(SyntaxTree tree, bool evidence)
                {
                    var root = tree.GetRoot(cancellationToken);
                    SemanticModel? model = null;
                    SemanticModel Model() => model ??= EvidenceSemanticModel.For(compilation, tree);
                    return new SourceTreeReading(
                        declared.GetValue(root, _ => declarations.Read(Model(), cancellationToken)),
                        evidence ? shown.GetValue(root, _ => Evidence(Model(), cancellationToken)) : null);
                }

                // A test project's declarations decide whether its code is read: they come first there.
                var readsEvidence = kind != ProjectKind.Test
                    || compilation.SyntaxTrees.Select(tree => Read(tree, evidence: false).Declarations).Any(DeclaresElements);
                return compilation.SyntaxTrees.Select(tree => Read(tree, readsEvidence)).ToImmutableArray();
            })
            .WithTrackingName(TrackingNames.SourceTrees)
            .Collect();
    }

    /// <summary>Whether the project's code was read for evidence: null evidence in its trees says it was not.</summary>
    public static bool EvidenceRead(ImmutableArray<SourceTreeReading> trees) => trees.All(tree => tree.Evidence is not null);

    /// <summary>Whether a tree declares a container or a component: what makes a test project's code evidence.</summary>
    private static bool DeclaresElements(CodeDeclarations code) => code.Containers.Count > 0 || code.Components.Count > 0;

    private static TreeEvidence Evidence(SemanticModel model, CancellationToken cancellationToken)
        => new(InteractionFactsProvider.Read(model, cancellationToken), ComponentUseFactsProvider.Read(model, cancellationToken));
}
