using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>
/// Reads MassTransit messaging: a <c>Publish</c> or <c>Send</c> of a message type (on <c>IPublishEndpoint</c>,
/// <c>IBus</c>, <c>ISendEndpoint</c>, <c>ConsumeContext</c>, or MassTransit's extension methods), and the
/// <c>IConsumer&lt;T&gt;</c> a type implements. Methods are recognised by the namespace they are declared in, so a
/// <c>Publish</c> of another library (or the application's own) is not a message.
/// </summary>
internal static class MessageReader
{
    private const string MassTransit = "MassTransit";
    private const string Consumer = "MassTransit.IConsumer`1";

    public static bool MaySend(string name) => name is "Publish" or "Send";

    public static CodeFact? ReadSend(SemanticModel semanticModel, InvocationExpressionSyntax invocation, IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!MaySend(method.Name) || !InteractionSymbols.IsIn(method, MassTransit))
        {
            return null;
        }

        // Publish<T>(values) names the type; Publish(message) sends the message's static type.
        var message = method.IsGenericMethod
            ? method.TypeArguments[0]
            : invocation.ArgumentList.Arguments.FirstOrDefault() is { } argument ? semanticModel.GetTypeInfo(argument.Expression, cancellationToken).Type : null;
        return IsMessageType(message) ? new CodeFact(CodeFactKind.MessageSent, null, InteractionSymbols.FullName(message!)) : null;
    }

    /// <summary>The message types a type consumes: every <c>IConsumer&lt;T&gt;</c> among its interfaces, inherited ones included.</summary>
    public static IEnumerable<CodeFact> ReadConsumer(INamedTypeSymbol type)
        => InteractionSymbols.Interfaces(type)
            .Where(candidate => candidate.IsGenericType && InteractionSymbols.MetadataName(candidate.OriginalDefinition) == Consumer)
            .Select(consumer => consumer.TypeArguments[0])
            .Where(IsMessageType)
            .Select(message => new CodeFact(CodeFactKind.MessageConsumed, null, InteractionSymbols.FullName(message)));

    /// <summary>A concrete type: <c>object</c>, a type parameter or a type the compiler cannot resolve says nothing about what flows.</summary>
    private static bool IsMessageType(ITypeSymbol? type)
        => type is not null and not ITypeParameterSymbol and not IErrorTypeSymbol && type.SpecialType != SpecialType.System_Object;
}
