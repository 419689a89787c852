namespace ArchTemplates.Model;

/// <summary>"<see cref="From"/> uses <see cref="To"/>": a relationship between two elements, by name.</summary>
public sealed class RelationshipInfo(string from, string to, string description, string? technology, Interaction interaction, Provenance provenance)
{
    /// <summary>The element that uses the other.</summary>
    public string From { get; } = from;

    /// <summary>The element used.</summary>
    public string To { get; } = to;

    /// <summary>What <see cref="From"/> does with <see cref="To"/>.</summary>
    public string Description { get; } = description;

    /// <summary>The protocol or technology of the interaction.</summary>
    public string? Technology { get; } = technology;

    /// <summary>Whether the source waits for the target.</summary>
    public Interaction Interaction { get; } = interaction;

    /// <summary>Whether the relationship is declared only, declared and found in the code, or inferred from the code.</summary>
    public Provenance Provenance { get; } = provenance;

    /// <inheritdoc />
    public override string ToString() => $"{From} -> {To}: {Description}";
}

/// <summary>A row of the Technology Table.</summary>
public sealed class TechnologyInfo(string name, string? version, string? description)
{
    /// <summary>The technology.</summary>
    public string Name { get; } = name;

    /// <summary>The version in use.</summary>
    public string? Version { get; } = version;

    /// <summary>What it is used for.</summary>
    public string? Description { get; } = description;
}

/// <summary>A data model and its JSON Schema.</summary>
public sealed class DataModelInfo(string name, string typeName, string? description, string jsonSchema)
{
    /// <summary>The model's name.</summary>
    public string Name { get; } = name;

    /// <summary>The full name of the C# type.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>What the model represents.</summary>
    public string? Description { get; } = description;

    /// <summary>The JSON Schema (draft 2020-12) of the JSON System.Text.Json writes for the type.</summary>
    public string JsonSchema { get; } = jsonSchema;
}

/// <summary>An endpoint a container exposes.</summary>
public sealed class ApiEndpointInfo(string container, string? component, string method, string route, string? description, string? request, string? response, string? responses)
{
    /// <summary>The container that exposes the endpoint.</summary>
    public string Container { get; } = container;

    /// <summary>The component that implements it, if known.</summary>
    public string? Component { get; } = component;

    /// <summary>The HTTP method or operation kind.</summary>
    public string Method { get; } = method;

    /// <summary>The route or address.</summary>
    public string Route { get; } = route;

    /// <summary>What the endpoint does.</summary>
    public string? Description { get; } = description;

    /// <summary>The request body's data model or type.</summary>
    public string? Request { get; } = request;

    /// <summary>The response body's data model or type.</summary>
    public string? Response { get; } = response;

    /// <summary>The status codes the endpoint answers with, as declared.</summary>
    public string? Responses { get; } = responses;
}
