using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>
/// Everything one source (architecture.yml, or one project's code) declares, each with its location.
/// The sources are merged into one <see cref="ArchitectureModel"/>.
/// </summary>
internal sealed record ElementDeclarations(
    EquatableArray<Declared<Person>> People,
    EquatableArray<Declared<ExternalSystem>> ExternalSystems,
    EquatableArray<Declared<Container>> Containers,
    EquatableArray<Declared<Component>> Components,
    EquatableArray<Declared<Relationship>> Relationships,
    EquatableArray<Declared<Technology>> Technologies,
    EquatableArray<Declared<DataModel>> DataModels,
    EquatableArray<Declared<ApiEndpoint>> Apis,
    EquatableArray<Declared<DecisionLink>> DecisionLinks)
{
    public static readonly ElementDeclarations Empty = new(
        EquatableArray<Declared<Person>>.Empty,
        EquatableArray<Declared<ExternalSystem>>.Empty,
        EquatableArray<Declared<Container>>.Empty,
        EquatableArray<Declared<Component>>.Empty,
        EquatableArray<Declared<Relationship>>.Empty,
        EquatableArray<Declared<Technology>>.Empty,
        EquatableArray<Declared<DataModel>>.Empty,
        EquatableArray<Declared<ApiEndpoint>>.Empty,
        EquatableArray<Declared<DecisionLink>>.Empty);
}
