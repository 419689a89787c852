using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>The architectural style and why it was chosen.</summary>
internal sealed record ArchitecturalStyle(string Name, string? Justification)
{
    public static readonly string[] Names = ["monolith", "modular-monolith", "microservices", "serverless", "event-driven", "layered", "service-oriented"];

    /// <summary>The style as a heading reads it: "Modular monolith".</summary>
    public string DisplayName => char.ToUpperInvariant(Name[0]) + Name.Substring(1).Replace('-', ' ');
}

internal sealed record Testing(string? Summary, EquatableArray<Technology> Frameworks, EquatableArray<string> Requirements)
{
    public static readonly Testing Empty = new(null, EquatableArray<Technology>.Empty, EquatableArray<string>.Empty);

    public bool IsEmpty => Summary is null && Frameworks.Count == 0 && Requirements.Count == 0;
}

internal sealed record Patterns(EquatableArray<string> Architectural, EquatableArray<string> ApiDesign, EquatableArray<string> Coding, EquatableArray<string> ErrorHandling)
{
    public static readonly Patterns Empty = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}

internal sealed record SetupStep(string Title, string? Description, string? Command);

internal sealed record InfrastructureResource(string Name, string? Purpose);

internal sealed record Infrastructure(string? Summary, EquatableArray<InfrastructureResource> Resources, string? CiCd)
{
    public static readonly Infrastructure Empty = new(null, EquatableArray<InfrastructureResource>.Empty, null);
}

/// <summary>A folder of the Project Structure tree and its <c># description</c> comment, if any.</summary>
internal sealed record FolderDescription(string Path, string? Description);

internal sealed record ChangeEntry(string Date, string? Version, string Description, string? Author);
