namespace ArchTemplates.Generator.Model;

/// <summary>A container declared in code with <c>[assembly: Container(...)]</c>.</summary>
internal sealed record ContainerDeclaration(string Name, string? Description, string? Technology);
