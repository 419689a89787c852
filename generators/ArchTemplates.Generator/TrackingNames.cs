namespace ArchTemplates.Generator;

/// <summary>Names of the generator's incremental steps, so tests can assert each one is cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ArchitectureYaml = nameof(ArchitectureYaml);
    public const string Containers = nameof(Containers);
    public const string Model = nameof(Model);
    public const string Document = nameof(Document);

    public static readonly string[] All = [Options, ArchitectureYaml, Containers, Model, Document];
}
