using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>
/// What one project contributes: its code's declarations, how the build describes it, and the interactions its
/// code shows (<paramref name="Evidence"/>, each at the first place that shows it; null when its code was not read,
/// as for an assembly built without the generator, whose declarations are read from metadata).
/// </summary>
internal sealed record ProjectDeclarations(ProjectInfo Project, ElementDeclarations Elements, EquatableArray<Declared<CodeFact>>? Evidence = null);
