using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ArchTemplates.Generator.Evidence;

/// <summary>
/// A dependency-injection registration: asking the container for <paramref name="Service"/> gives an
/// <paramref name="Implementation"/>. Null <paramref name="Implementation"/>: the registration uses a factory or an
/// instance whose type the analysis cannot know.
/// </summary>
internal sealed record ServiceRegistration(TypeId Service, TypeId? Implementation);

/// <summary>
/// Reads the registrations of Microsoft.Extensions.DependencyInjection in a syntax tree:
/// <c>AddSingleton/AddScoped/AddTransient</c> (and their <c>TryAdd</c> and <c>Keyed</c> forms) with two type
/// arguments, one, or <c>typeof</c> arguments, <c>AddHostedService&lt;T&gt;</c> and <c>AddHttpClient&lt;TClient[, TImplementation]&gt;</c>.
/// Only methods declared in the <c>Microsoft.Extensions.DependencyInjection</c> namespace count.
/// </summary>
internal static class ServiceRegistrations
{
    private static readonly HashSet<string> MethodNames =
    [
        "AddSingleton", "AddScoped", "AddTransient", "TryAddSingleton", "TryAddScoped", "TryAddTransient",
        "AddKeyedSingleton", "AddKeyedScoped", "AddKeyedTransient", "TryAddKeyedSingleton", "TryAddKeyedScoped", "TryAddKeyedTransient",
        "AddHostedService", "AddHttpClient",
    ];

    /// <summary>Whether the tree may hold a registration: a cheap test on the syntax, before any semantic work.</summary>
    public static bool MayContain(SyntaxTree tree, CancellationToken cancellationToken)
        => Candidates(tree.GetRoot(cancellationToken)).Any();

    public static IEnumerable<ServiceRegistration> InTree(SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var invocation in Candidates(model.SyntaxTree.GetRoot(cancellationToken)))
        {
            if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation)
            {
                foreach (var registration in Read(operation))
                {
                    yield return registration;
                }
            }
        }
    }

    /// <summary>The registrations one call makes; none when it is not a registration method.</summary>
    public static IEnumerable<ServiceRegistration> Read(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!MethodNames.Contains(method.Name) || !IsDependencyInjectionNamespace(method.ContainingNamespace))
        {
            yield break;
        }

        var types = method.TypeArguments.OfType<INamedTypeSymbol>().ToList();
        if (types.Count == 0)
        {
            types = invocation.Arguments
                .Select(argument => Unwrapped(argument.Value))
                .OfType<ITypeOfOperation>()
                .Select(typeOf => typeOf.TypeOperand)
                .OfType<INamedTypeSymbol>()
                .ToList();
        }

        if (types.Count == 0)
        {
            yield break;
        }

        var service = TypeId.Of(types[0]);
        if (method.Name == "AddHostedService")
        {
            yield return new ServiceRegistration(new TypeId("Microsoft.Extensions.Hosting.Abstractions", "Microsoft.Extensions.Hosting", "IHostedService"), service);
            yield break;
        }

        yield return new ServiceRegistration(service, types.Count > 1 ? TypeId.Of(types[1]) : SingleTypeImplementation(invocation, types[0]));
    }

    /// <summary>
    /// <c>AddSingleton&lt;T&gt;()</c> and <c>AddHttpClient&lt;T&gt;()</c> make a <c>T</c>; with an instance argument it is
    /// that instance's type when the argument creates it (<c>new T2()</c>); with a factory the type cannot be known.
    /// </summary>
    private static TypeId? SingleTypeImplementation(IInvocationOperation invocation, INamedTypeSymbol service)
    {
        var concrete = service.IsAbstract || service.TypeKind == TypeKind.Interface ? null : TypeId.Of(service);
        if (invocation.TargetMethod.Name == "AddHttpClient")
        {
            return concrete;
        }

        var supplied = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name is "implementationInstance" or "implementationFactory");
        if (supplied is null)
        {
            return concrete;
        }

        return supplied.Parameter!.Name == "implementationInstance" && Unwrapped(supplied.Value) is IObjectCreationOperation { Type: INamedTypeSymbol created }
            ? TypeId.Of(created)
            : null;
    }

    private static IOperation Unwrapped(IOperation operation)
        => operation is IConversionOperation conversion ? Unwrapped(conversion.Operand) : operation;

    private static bool IsDependencyInjectionNamespace(INamespaceSymbol? ns)
        => ns?.ToDisplayString() is "Microsoft.Extensions.DependencyInjection" or "Microsoft.Extensions.DependencyInjection.Extensions";

    private static IEnumerable<InvocationExpressionSyntax> Candidates(SyntaxNode root)
        => root.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(invocation => MethodNames.Contains(MethodName(invocation.Expression) ?? string.Empty));

    private static string? MethodName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        SimpleNameSyntax name => name.Identifier.Text,
        _ => null,
    };
}
