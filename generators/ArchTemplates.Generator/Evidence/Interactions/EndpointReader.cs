using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Evidence.Interactions;

/// <summary>
/// Reads the endpoints an ASP.NET Core project serves: minimal APIs (<c>app.MapGet("/trends", …)</c>) and
/// attribute-routed controller actions (<c>[HttpGet("{id}")]</c> under the controller's <c>[Route]</c>).
/// </summary>
internal static class EndpointReader
{
    private const string AspNetCore = "Microsoft.AspNetCore";

    private static readonly Dictionary<string, string> MapMethods = new(StringComparer.Ordinal)
    {
        ["MapGet"] = "GET",
        ["MapPost"] = "POST",
        ["MapPut"] = "PUT",
        ["MapDelete"] = "DELETE",
        ["MapPatch"] = "PATCH",
    };

    private static readonly Dictionary<string, string> ActionAttributes = new(StringComparer.Ordinal)
    {
        ["Microsoft.AspNetCore.Mvc.HttpGetAttribute"] = "GET",
        ["Microsoft.AspNetCore.Mvc.HttpPostAttribute"] = "POST",
        ["Microsoft.AspNetCore.Mvc.HttpPutAttribute"] = "PUT",
        ["Microsoft.AspNetCore.Mvc.HttpDeleteAttribute"] = "DELETE",
        ["Microsoft.AspNetCore.Mvc.HttpPatchAttribute"] = "PATCH",
    };

    public static bool MayMap(string name) => MapMethods.ContainsKey(name);

    public static CodeFact? ReadMap(SemanticModel semanticModel, InvocationExpressionSyntax invocation, IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!MapMethods.TryGetValue(method.Name, out var httpMethod) || !InteractionSymbols.IsIn(method, AspNetCore))
        {
            return null;
        }

        var route = CallArguments.ConstantRoute(semanticModel, CallArguments.For(invocation, method, "pattern"), cancellationToken);
        return route is null ? null : new CodeFact(CodeFactKind.Endpoint, null, Routes.Path(route), httpMethod);
    }

    /// <summary>One endpoint per HTTP-method attribute on the action, its template joined to the controller's route.</summary>
    public static IEnumerable<CodeFact> ReadActions(IMethodSymbol action)
    {
        foreach (var attribute in action.GetAttributes())
        {
            if (attribute.AttributeClass is not { } type || !ActionAttributes.TryGetValue(InteractionSymbols.MetadataName(type), out var httpMethod))
            {
                continue;
            }

            var template = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
            var route = template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal)
                ? template
                : ControllerRoute(action.ContainingType) + "/" + template;
            var controller = action.ContainingType.Name.EndsWith("Controller", StringComparison.Ordinal)
                ? action.ContainingType.Name.Substring(0, action.ContainingType.Name.Length - "Controller".Length)
                : action.ContainingType.Name;
            route = route.Replace("[controller]", controller).Replace("[action]", action.Name);
            yield return new CodeFact(CodeFactKind.Endpoint, null, Routes.Path(route), httpMethod);
        }
    }

    /// <summary>The template of the controller's <c>[Route]</c>, inherited from a base controller; empty without one.</summary>
    private static string ControllerRoute(INamedTypeSymbol controller)
    {
        for (var type = controller; type is not null; type = type.BaseType)
        {
            var route = type.GetAttributes().FirstOrDefault(attribute =>
                attribute.AttributeClass is { } attributeClass && InteractionSymbols.MetadataName(attributeClass) == "Microsoft.AspNetCore.Mvc.RouteAttribute");
            if (route?.ConstructorArguments.FirstOrDefault().Value is string template)
            {
                return template;
            }
        }

        return string.Empty;
    }
}
