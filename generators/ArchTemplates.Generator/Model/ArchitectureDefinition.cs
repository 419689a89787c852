using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Conformance;

namespace ArchTemplates.Generator.Model;

/// <summary>What architecture.yml says: the prose, and the elements that do not live in code (with locations).</summary>
internal sealed record ArchitectureDefinition(
    string Title,
    string Status,
    string? Summary,
    ArchitecturalStyle? Style,
    ElementDeclarations Elements,
    EquatableArray<Sequence> Sequences,
    EquatableArray<Declared<NameReference>> References,
    Testing Testing,
    Patterns Patterns,
    EquatableArray<SetupStep> Setup,
    Infrastructure Infrastructure,
    EquatableArray<Declared<FolderDescription>> Structure,
    EquatableArray<ChangeEntry> ChangeLog)
{
    /// <summary>The dependency rules (<c>rules:</c>), which the conformance analyzer checks.</summary>
    public EquatableArray<Declared<DependencyRule>> Rules { get; init; } = EquatableArray<Declared<DependencyRule>>.Empty;

    public const string DefaultTitle = "Untitled system";

    public static readonly string[] Statuses = ["Draft", "Approved"];

    public static readonly ArchitectureDefinition Empty = new(
        DefaultTitle,
        "Draft",
        null,
        null,
        ElementDeclarations.Empty,
        EquatableArray<Sequence>.Empty,
        EquatableArray<Declared<NameReference>>.Empty,
        Testing.Empty,
        Patterns.Empty,
        EquatableArray<SetupStep>.Empty,
        Infrastructure.Empty,
        EquatableArray<Declared<FolderDescription>>.Empty,
        EquatableArray<ChangeEntry>.Empty);
}
