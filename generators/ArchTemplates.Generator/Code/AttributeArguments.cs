using System;
using System.Linq;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Code;

/// <summary>
/// Reads the arguments of one attribute application. When an argument names a generated constant
/// (<c>ArchitectureModel.Containers.Processor</c>), that constant does not exist yet while the generator
/// runs, the compiler cannot bind the attribute, and its arguments are read from the syntax instead.
/// </summary>
internal sealed class AttributeArguments(AttributeData attribute, SemanticModel? semanticModel = null)
{
    private AttributeSyntax? Syntax => attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;

    private bool Bound => attribute.AttributeConstructor is not null;

    public string? Constructor(int index)
        => Bound
            ? attribute.ConstructorArguments.Length > index ? Trimmed(attribute.ConstructorArguments[index].Value as string) : null
            : Trimmed(Constant(PositionalSyntax(index)) as string);

    /// <summary>A whole-number argument passed positionally; null when it is not one.</summary>
    public int? ConstructorNumber(int index)
        => Bound
            ? attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value as int? : null
            : Constant(PositionalSyntax(index)) as int?;

    public string? Named(string name)
        => Bound
            ? attribute.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value is string value ? Trimmed(value) : null
            : Trimmed(Constant(NamedSyntax(name)) as string);

    /// <summary>A named enum argument; an undefined value (<c>(ContainerKind)7</c>) or none gives the enum's default.</summary>
    public TEnum NamedEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        object? value = Bound
            ? attribute.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value
            : Constant(NamedSyntax(name)) ?? ((NamedSyntax(name) as MemberAccessExpressionSyntax)?.Name.Identifier.Text is { } member
                && Enum.TryParse<TEnum>(member, out var parsed) ? parsed : null);
        return value is not null && Enum.IsDefined(typeof(TEnum), value) ? (TEnum)Enum.ToObject(typeof(TEnum), value) : default;
    }

    public ITypeSymbol? NamedType(string name)
    {
        if (Bound)
        {
            return attribute.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value as ITypeSymbol;
        }

        return NamedSyntax(name) is TypeOfExpressionSyntax typeOf && semanticModel is not null && typeOf.SyntaxTree == semanticModel.SyntaxTree
            ? semanticModel.GetTypeInfo(typeOf.Type).Type
            : null;
    }

    /// <summary>An element reference passed positionally: a name, or a generated constant resolved when the model is merged.</summary>
    public ElementReference? ConstructorReference(int index)
        => Constructor(index) is { } name ? new ElementReference(name) : SymbolicReference(PositionalSyntax(index));

    /// <summary>Like <see cref="ConstructorReference"/>, for a named argument (<c>From = ...</c>).</summary>
    public ElementReference? NamedReference(string name)
        => Named(name) is { } value ? new ElementReference(value) : SymbolicReference(NamedSyntax(name));

    private ExpressionSyntax? PositionalSyntax(int index)
        => Syntax?.ArgumentList?.Arguments.Where(argument => argument.NameEquals is null && argument.NameColon is null).ElementAtOrDefault(index)?.Expression;

    private ExpressionSyntax? NamedSyntax(string name)
        => Syntax?.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.Text == name)?.Expression;

    /// <summary>An argument's constant value when the attribute did not bind: whatever the compiler can still evaluate, or a literal.</summary>
    private object? Constant(ExpressionSyntax? expression)
    {
        if (expression is null)
        {
            return null;
        }

        if (semanticModel is not null && expression.SyntaxTree == semanticModel.SyntaxTree && semanticModel.GetConstantValue(expression) is { HasValue: true } constant)
        {
            return constant.Value;
        }

        return expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
    }

    private static ElementReference? SymbolicReference(ExpressionSyntax? expression)
        => expression is MemberAccessExpressionSyntax { Expression: var owner } member
            ? new ElementReference(member.Name.Identifier.Text, LastIdentifier(owner))
            : null;

    private static string? LastIdentifier(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        _ => null,
    };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
