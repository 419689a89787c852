namespace ArchTemplates.Generator;

/// <summary>Names of the generator's incremental steps, so tests can assert each one is cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ArchitectureYaml = nameof(ArchitectureYaml);
    public const string Listing = nameof(Listing);
    public const string Template = nameof(Template);
    public const string Decisions = nameof(Decisions);
    public const string ReleasedModel = nameof(ReleasedModel);
    public const string Containers = nameof(Containers);
    public const string People = nameof(People);
    public const string ExternalSystems = nameof(ExternalSystems);
    public const string Technologies = nameof(Technologies);
    public const string Components = nameof(Components);
    public const string Relationships = nameof(Relationships);
    public const string Apis = nameof(Apis);
    public const string DecisionLinks = nameof(DecisionLinks);
    public const string DataModels = nameof(DataModels);
    public const string Evidence = nameof(Evidence);
    public const string ComponentUseFacts = nameof(ComponentUseFacts);

    /// <summary>Each syntax tree, read for its declarations and evidence (see <see cref="Inputs.SourceTrees"/>).</summary>
    public const string SourceTrees = nameof(SourceTrees);
    public const string ReferencedProjects = nameof(ReferencedProjects);
    public const string Project = nameof(Project);
    public const string Merge = nameof(Merge);
    public const string Model = nameof(Model);
    public const string Document = nameof(Document);

    public static readonly string[] All =
    [
        Options, ArchitectureYaml, Listing, Template, Decisions, ReleasedModel, Containers, People, ExternalSystems, Technologies, Components,
        Relationships, Apis, DataModels, DecisionLinks, SourceTrees, Evidence, ComponentUseFacts, ReferencedProjects, Project, Merge, Model, Document,
    ];
}
