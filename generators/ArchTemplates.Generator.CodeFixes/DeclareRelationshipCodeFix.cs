using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.CodeFixes;

/// <summary>
/// Fixes ARCH201 (undeclared dependency) by declaring it: adds <c>[Relationship(ArchitectureModel.Components.X, "Uses")]</c>
/// to the using component, beside its <c>[Component]</c>, naming the used component by its generated constant (by its
/// name while the constant does not exist).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareRelationshipCodeFix))]
[Shared]
public sealed class DeclareRelationshipCodeFix : CodeFixProvider
{
    // The analyzer's id and the diagnostic property naming the used component (ConformanceDescriptors in the generator).
    private const string UndeclaredDependency = "ARCH201";
    private const string UsedComponentProperty = "UsedComponent";
    private const string ComponentAttribute = "ArchTemplates.ComponentAttribute";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UndeclaredDependency);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(UsedComponentProperty, out var used) || used is null
            || await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false) is not { } model)
        {
            return;
        }

        var node = (await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false))!.FindNode(context.Span);
        var type = node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Select(declaration => model.GetDeclaredSymbol(declaration, context.CancellationToken)).FirstOrDefault();
        for (; type is not null && !IsComponent(type); type = type.ContainingType)
        {
        }

        if (type is null)
        {
            return;
        }

        var component = type;
        context.RegisterCodeFix(
            CodeAction.Create($"Declare that {component.Name} uses {used}", cancellationToken => Declare(context.Document.Project.Solution, component, used, cancellationToken), nameof(DeclareRelationshipCodeFix)),
            diagnostic);
    }

    private static async Task<Solution> Declare(Solution solution, INamedTypeSymbol component, string used, CancellationToken cancellationToken)
    {
        foreach (var reference in component.DeclaringSyntaxReferences)
        {
            if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration
                || solution.GetDocument(declaration.SyntaxTree) is not { } document
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            var componentList = declaration.AttributeLists.FirstOrDefault(list => list.Attributes.Any(attribute =>
                model.GetTypeInfo(attribute, cancellationToken).Type?.ToDisplayString() == ComponentAttribute));
            var componentAttribute = componentList?.Attributes.First(attribute => model.GetTypeInfo(attribute, cancellationToken).Type?.ToDisplayString() == ComponentAttribute);
            if (componentList is null || componentAttribute is null)
            {
                continue;
            }

            // Spelled as [Component] is: ArchTemplates.Relationship where the namespace is written out.
            var name = componentAttribute.Name is QualifiedNameSyntax or AliasQualifiedNameSyntax ? "ArchTemplates.Relationship" : "Relationship";
            var target = Constant(model, used, componentList.SpanStart) ?? SymbolDisplay.FormatLiteral(used, quote: true);
            var relationship = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
                    SyntaxFactory.ParseName(name),
                    SyntaxFactory.ParseAttributeArgumentList($"({target}, \"Uses\")"))))
                .WithLeadingTrivia(componentList.GetLeadingTrivia().Where(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(componentList.GetTrailingTrivia());
            var lists = declaration.AttributeLists.Insert(declaration.AttributeLists.IndexOf(componentList) + 1, relationship);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return solution.WithDocumentSyntaxRoot(document.Id, root!.ReplaceNode(declaration, declaration.WithAttributeLists(lists)));
        }

        return solution;
    }

    /// <summary>The generated constant whose value is the component's name, as the code at <paramref name="position"/> can write it.</summary>
    private static string? Constant(SemanticModel model, string component, int position)
    {
        var field = model.Compilation.GetSymbolsWithName(name => name == "ArchitectureModel", SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .SelectMany(architecture => architecture.GetTypeMembers("Components"))
            .SelectMany(components => components.GetMembers().OfType<IFieldSymbol>())
            .FirstOrDefault(candidate => candidate.IsConst && Equals(candidate.ConstantValue, component));
        return field is null ? null : field.ContainingType.ToMinimalDisplayString(model, position) + "." + field.Name;
    }

    private static bool IsComponent(INamedTypeSymbol type)
        => type.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == ComponentAttribute);
}
