using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>
/// The merged architecture — architecture.yml, the code's attributes, and the projects the build
/// describes — with no source locations, ready to render and emit. Collections are sorted, so equal
/// inputs give byte-identical output.
/// </summary>
internal sealed record ArchitectureModel(
    string Title,
    string Status,
    string? Summary,
    ArchitecturalStyle? Style,
    EquatableArray<Person> People,
    EquatableArray<ExternalSystem> ExternalSystems,
    EquatableArray<Container> Containers,
    EquatableArray<Component> Components,
    EquatableArray<Relationship> Relationships,
    EquatableArray<Technology> Technologies,
    EquatableArray<DataModel> DataModels,
    EquatableArray<ApiEndpoint> Apis,
    EquatableArray<Sequence> Sequences,
    Testing Testing,
    Patterns Patterns,
    EquatableArray<SetupStep> Setup,
    Infrastructure Infrastructure,
    ProjectStructure Structure,
    EquatableArray<ChangeEntry> ChangeLog)
{
    /// <summary>The declared relationships the code could show and does not (those ARCH207 reports), also in <see cref="Relationships"/>.</summary>
    public EquatableArray<Relationship> Unverified { get; init; }

    /// <summary>The architecture decision records, by number (see docs/decisions.md).</summary>
    public EquatableArray<Decision> Decisions { get; init; }

    /// <summary>What changed since the released model, as the Change Log proposes it; null when there is no released model to compare with.</summary>
    public UnreleasedChanges? Unreleased { get; init; }

    /// <summary>A model with nothing but architecture.yml's title and status: what is left when merging failed.</summary>
    public static ArchitectureModel TitleOnly(ArchitectureDefinition yaml)
        => new(
            yaml.Title,
            yaml.Status,
            null,
            null,
            EquatableArray<Person>.Empty,
            EquatableArray<ExternalSystem>.Empty,
            EquatableArray<Container>.Empty,
            EquatableArray<Component>.Empty,
            EquatableArray<Relationship>.Empty,
            EquatableArray<Technology>.Empty,
            EquatableArray<DataModel>.Empty,
            EquatableArray<ApiEndpoint>.Empty,
            EquatableArray<Sequence>.Empty,
            Testing.Empty,
            Patterns.Empty,
            EquatableArray<SetupStep>.Empty,
            Infrastructure.Empty,
            ProjectStructure.Empty,
            EquatableArray<ChangeEntry>.Empty);
}

/// <summary>The Change Log's proposed rows: what changed in the model since the released model, the file at <see cref="ReleasedModel"/> (from the documentation root).</summary>
internal sealed record UnreleasedChanges(string ReleasedModel, EquatableArray<string> Rows);
