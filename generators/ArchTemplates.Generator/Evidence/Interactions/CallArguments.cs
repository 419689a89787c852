using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>Finds a call's argument by its parameter's name, whether passed by position or by name, and reads constant routes.</summary>
internal static class CallArguments
{
    /// <summary>
    /// The argument bound to <paramref name="parameter"/> of <paramref name="method"/> as the call binds it (an
    /// extension method called as one has no parameter for its receiver, so positions line up either way).
    /// </summary>
    public static ExpressionSyntax? For(InvocationExpressionSyntax invocation, IMethodSymbol method, string parameter)
    {
        var arguments = invocation.ArgumentList.Arguments;
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            var name = argument.NameColon?.Name.Identifier.ValueText;
            if (name is not null ? name == parameter : index < method.Parameters.Length && method.Parameters[index].Name == parameter)
            {
                return argument.Expression;
            }
        }

        return null;
    }

    /// <summary>
    /// A route the compiler knows the value of: a literal, a constant, an interpolation of constants, or
    /// <c>new Uri(constant, …)</c>. Null for anything computed at run time: a route the code builds cannot be matched.
    /// </summary>
    public static string? ConstantRoute(SemanticModel semanticModel, ExpressionSyntax? expression, CancellationToken cancellationToken)
    {
        if (expression is null)
        {
            return null;
        }

        if (semanticModel.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string route })
        {
            return route;
        }

        return expression is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: [var first, ..] } creation
            && semanticModel.GetTypeInfo(creation, cancellationToken).Type is { } type
            && InteractionSymbols.MetadataName(type) == "System.Uri"
            ? ConstantRoute(semanticModel, first.Expression, cancellationToken)
            : null;
    }
}
