namespace ArchTemplates.Generator.Model;

/// <summary>What architecture.yml says: the prose and the elements that do not live in code.</summary>
internal sealed record ArchitectureDefinition(string Title, string Status, string? Summary)
{
    public const string DefaultTitle = "Untitled system";

    public static readonly string[] Statuses = ["Draft", "Approved"];

    public static readonly ArchitectureDefinition Empty = new(DefaultTitle, "Draft", null);
}
