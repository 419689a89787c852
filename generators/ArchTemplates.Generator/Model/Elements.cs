using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Model;

/// <summary>The C4 kinds of element a relationship or a sequence can name.</summary>
internal enum ElementKind
{
    Person,
    ExternalSystem,
    Container,
    Component,
}

/// <summary>A user role of the system (C4 person).</summary>
internal sealed record Person(string Name, string? Description);

/// <summary>A system outside the boundary (C4 external system).</summary>
internal sealed record ExternalSystem(string Name, string? Description, string? Technology);

/// <summary>
/// A deployable unit (C4 container). <paramref name="Project"/> is the project that declared it in code, if any;
/// <paramref name="Provenance"/> says whether a team declared it or the code implies it.
/// </summary>
internal sealed record Container(string Name, string? Description, string? Technology, ContainerKind Kind, string? Project, Provenance Provenance = Provenance.Declared);

/// <summary>
/// A building block inside a container (C4 component). <paramref name="TypeName"/> is the class that declares it, if any;
/// <paramref name="Provenance"/> says whether a team declared it or the code implies it.
/// </summary>
internal sealed record Component(string Name, ElementReference Container, string? Description, string? Technology, string? TypeName, Provenance Provenance = Provenance.Declared);

/// <summary>
/// "<paramref name="From"/> uses <paramref name="To"/>". Ends are element names, or, when the code named a
/// generated constant (<c>ArchitectureModel.Containers.Processor</c>) that did not exist yet, an
/// <see cref="ElementReference"/> resolved when the model is merged. <paramref name="Provenance"/> says whether it
/// is declared only, declared and found in the code, or inferred from the code alone.
/// </summary>
internal sealed record Relationship(ElementReference From, ElementReference To, string Description, string? Technology, bool Async, Provenance Provenance = Provenance.Declared)
{
    /// <summary>Whether the code can show the relationship (<c>evidence:</c>, <c>Evidence =</c>); only then is its absence reported.</summary>
    public global::ArchTemplates.Evidence Evidence { get; init; }
}

/// <summary>A reference to an element by name, or by the identifier of its generated constant in a category.</summary>
internal sealed record ElementReference(string Name, string? Category = null)
{
    /// <summary>True when this is a generated constant's identifier (<c>Containers.Processor</c>) rather than a name.</summary>
    public bool IsSymbol => Category is not null;

    public override string ToString() => IsSymbol ? $"{Category}.{Name}" : Name;
}

/// <summary>A row of the Technology Table.</summary>
internal sealed record Technology(string Name, string? Version, string? Description, string? Package);

/// <summary>A type whose JSON Schema goes into the document and into docs/schemas/.</summary>
internal sealed record DataModel(string Name, string TypeName, string? Description, string Schema)
{
    /// <summary>The schema's file name: the kebab-cased model name (<c>sensor-reading.schema.json</c>).</summary>
    public string FileName => Identifiers.ToKebabCase(Name) + ".schema.json";
}

/// <summary>
/// An endpoint a container exposes. <paramref name="Container"/> is null while the endpoint is declared on a
/// component: the component's container is known only once the model is merged.
/// </summary>
internal sealed record ApiEndpoint(
    string? Container,
    string? Component,
    string Method,
    string Route,
    string? Description,
    string? Request,
    string? Response,
    string? Responses);

/// <summary>
/// A project of the solution as the build describes it: where it is, what it targets, what it references
/// (packages, shared frameworks, and <paramref name="ProjectReferences"/>: other projects by name) and what it
/// builds (<paramref name="Kind"/>).
/// </summary>
internal sealed record ProjectInfo(
    string Name,
    string Directory,
    string? TargetFramework,
    EquatableArray<PackageReference> Packages,
    EquatableArray<string> Frameworks,
    ProjectKind Kind = ProjectKind.Unknown,
    EquatableArray<string> ProjectReferences = default);

/// <summary>A package reference with its resolved version.</summary>
internal sealed record PackageReference(string Id, string Version);
