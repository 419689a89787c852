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
    EquatableArray<ChangeEntry> ChangeLog);
