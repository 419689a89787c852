namespace ArchTemplates.Generator.Model;

/// <summary>What one project contributes: its code's declarations and how the build describes it.</summary>
internal sealed record ProjectDeclarations(ProjectInfo Project, ElementDeclarations Elements);
