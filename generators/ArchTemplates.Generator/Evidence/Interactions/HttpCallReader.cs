using System;
using System.Collections.Generic;
using System.Threading;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>
/// Reads <c>HttpClient</c> calls with a constant route (<c>GetFromJsonAsync("/trends")</c>,
/// <c>SendAsync(new HttpRequestMessage(HttpMethod.Get, "/trends"))</c>) as facts the merge matches with another
/// container's endpoints.
/// </summary>
internal static class HttpCallReader
{
    /// <summary>The HTTP method of each <c>HttpClient</c> (and <c>System.Net.Http.Json</c>) call read; SendAsync's is in its request.</summary>
    private static readonly Dictionary<string, string?> Calls = new(StringComparer.Ordinal)
    {
        ["GetAsync"] = "GET",
        ["GetStringAsync"] = "GET",
        ["GetStreamAsync"] = "GET",
        ["GetByteArrayAsync"] = "GET",
        ["GetFromJsonAsync"] = "GET",
        ["PostAsync"] = "POST",
        ["PostAsJsonAsync"] = "POST",
        ["PutAsync"] = "PUT",
        ["PutAsJsonAsync"] = "PUT",
        ["DeleteAsync"] = "DELETE",
        ["DeleteFromJsonAsync"] = "DELETE",
        ["PatchAsync"] = "PATCH",
        ["PatchAsJsonAsync"] = "PATCH",
        ["SendAsync"] = null,
    };

    public static bool MayCall(string name) => Calls.ContainsKey(name);

    public static CodeFact? Read(SemanticModel semanticModel, InvocationExpressionSyntax invocation, IMethodSymbol method, string name, CancellationToken cancellationToken)
    {
        if (!Calls.TryGetValue(name, out var httpMethod) || method.ContainingType is not { } type
            || InteractionSymbols.MetadataName(type) is not ("System.Net.Http.HttpClient" or "System.Net.Http.Json.HttpClientJsonExtensions"))
        {
            return null;
        }

        var route = httpMethod is null
            ? Request(semanticModel, CallArguments.For(invocation, method, "request"), out httpMethod, cancellationToken)
            : CallArguments.ConstantRoute(semanticModel, CallArguments.For(invocation, method, "requestUri"), cancellationToken);
        return route is null || httpMethod is null ? null : new CodeFact(CodeFactKind.HttpCall, null, Routes.Path(route), httpMethod);
    }

    /// <summary>The route and method of <c>new HttpRequestMessage(HttpMethod.Get, "/route")</c>; a request built elsewhere is not followed.</summary>
    private static string? Request(SemanticModel semanticModel, ExpressionSyntax? request, out string? httpMethod, CancellationToken cancellationToken)
    {
        httpMethod = null;
        if (request is not BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: [var method, var route] } creation
            || semanticModel.GetTypeInfo(creation, cancellationToken).Type is not { } type
            || InteractionSymbols.MetadataName(type) != "System.Net.Http.HttpRequestMessage")
        {
            return null;
        }

        httpMethod = HttpMethodOf(semanticModel, method.Expression, cancellationToken);
        return CallArguments.ConstantRoute(semanticModel, route.Expression, cancellationToken);
    }

    /// <summary><c>HttpMethod.Get</c>, or <c>new HttpMethod("PATCH")</c> with a constant name.</summary>
    private static string? HttpMethodOf(SemanticModel semanticModel, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        if (semanticModel.GetSymbolInfo(expression, cancellationToken).Symbol is IPropertySymbol { IsStatic: true, ContainingType: { } type } property
            && InteractionSymbols.MetadataName(type) == "System.Net.Http.HttpMethod")
        {
            return property.Name.ToUpperInvariant();
        }

        return expression is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: [var name] }
            && semanticModel.GetConstantValue(name.Expression, cancellationToken) is { HasValue: true, Value: string text }
                ? text.ToUpperInvariant()
                : null;
    }
}
