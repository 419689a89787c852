using System;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Inputs;

/// <summary>
/// The semantic model the code stage reads a tree with: one that skips nullable flow analysis where the compiler
/// offers it. The readers ask for symbols and types, never for flow state, and with nullable reference types enabled
/// every body they bind was analysed for it first: about 15% of the generator's run on the scaffold's gateway. The
/// option came in Roslyn 4.10 (<c>SemanticModelOptions</c>, experimental); the generator is built against 4.8 so that
/// .NET 8 SDKs still run it, so the option is looked up at run time, and an older compiler gives an ordinary model.
/// </summary>
internal static class EvidenceSemanticModel
{
    private static readonly Func<Compilation, SyntaxTree, SemanticModel> WithoutNullableAnalysis = Find();

    public static SemanticModel For(Compilation compilation, SyntaxTree tree) => WithoutNullableAnalysis(compilation, tree);

    private static Func<Compilation, SyntaxTree, SemanticModel> Find()
    {
        var options = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions");
        var getSemanticModel = options is null ? null : typeof(Compilation).GetMethod(nameof(Compilation.GetSemanticModel), [typeof(SyntaxTree), options]);
        if (getSemanticModel is null || !Enum.IsDefined(options!, "DisableNullableAnalysis"))
        {
            return static (compilation, tree) => compilation.GetSemanticModel(tree);
        }

        var disableNullableAnalysis = Enum.Parse(options!, "DisableNullableAnalysis");
        return (compilation, tree) => (SemanticModel)getSemanticModel.Invoke(compilation, [tree, disableNullableAnalysis])!;
    }
}
