using System;

namespace ArchTemplates;

/// <summary>
/// Declares an API endpoint that a container exposes. On a class marked with <see cref="ComponentAttribute"/>
/// the endpoint is that component's; on the assembly it is the container's. The document lists the
/// endpoints under the container and in its API specs.
/// </summary>
/// <example>
/// <code>[assembly: Api("POST", "/readings", Description = "Send a sensor reading", Request = typeof(SensorReading))]</code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ApiAttribute : Attribute
{
    /// <summary>Declares the endpoint.</summary>
    /// <param name="method">The HTTP method (<c>GET</c>, <c>POST</c>, ...) or, for other protocols, the operation kind.</param>
    /// <param name="route">The route or address, for example <c>/readings/{id}</c>.</param>
    public ApiAttribute(string method, string route)
    {
        Method = method;
        Route = route;
    }

    /// <summary>The HTTP method or operation kind.</summary>
    public string Method { get; }

    /// <summary>The route or address.</summary>
    public string Route { get; }

    /// <summary>What the endpoint does.</summary>
    public string? Description { get; set; }

    /// <summary>The request body's type; when it is a data model, the spec links to its schema.</summary>
    public Type? Request { get; set; }

    /// <summary>The successful response body's type; when it is a data model, the spec links to its schema.</summary>
    public Type? Response { get; set; }

    /// <summary>The status codes the endpoint answers with, for example <c>"202, 400"</c>.</summary>
    public string? Responses { get; set; }
}
