using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Each id is documented in docs/diagnostics.md and tracked in
/// AnalyzerReleases.Unshipped.md; messages say what to do, not only what is wrong.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ArchTemplates";

    public static readonly DiagnosticDescriptor MalformedYaml = Create(
        "ARCH001",
        "architecture.yml is not valid YAML",
        "architecture.yml is not valid YAML: {0}. Fix the syntax at this position; the document is not regenerated until the file parses.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownYamlKey = Create(
        "ARCH002",
        "Unknown key in architecture.yml or a decision record",
        "Unknown key '{0}' in {1}{2}. Remove it or correct its spelling; see docs/architecture-yml.md (for a decision record's front matter, docs/decisions.md) for the keys each takes.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor WrongYamlValueType = Create(
        "ARCH003",
        "Value in architecture.yml has the wrong type",
        "'{0}' must be {1}, but it is {2}. Write it as {1}.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        "ARCH004",
        "Value is not one of the allowed values",
        "'{0}' is not a valid {1}. Use one of: {2}.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingValue = Create(
        "ARCH005",
        "Required value is missing",
        "{0} is missing its {1}. Add a non-empty {1}.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateElement = Create(
        "ARCH006",
        "Two elements have the same name",
        "{0} '{1}' is declared more than once (also {2}). {3}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownElement = Create(
        "ARCH007",
        "Reference to an element that does not exist",
        "{0} refers to '{1}', which is not an element of the architecture{2}. Declare it (in code or architecture.yml) or correct the name.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConflictingDeclarations = Create(
        "ARCH008",
        "Declarations of the same element disagree",
        "{0} '{1}' is declared in more than one place with a different {2} ('{3}' here, '{4}' {5}). Keep one value, or remove it from one of the places.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndescribableDataModelType = Create(
        "ARCH009",
        "The data model contains a type the JSON Schema cannot describe",
        "'{0}' has type '{1}', which the schema cannot describe: {2}. The schema allows any value there; use a concrete class, record, collection or primitive type, or list the derived types of an abstract class or interface with [JsonDerivedType].",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoContainer = Create(
        "ARCH010",
        "The element has no container",
        "{0} belongs to no container: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ArchitectureFileNotFound = Create(
        "ARCH011",
        "No architecture.yml for this project",
        "This project generates the architecture document but no architecture.yml reached the compiler: none was found in its folder or any folder above it, or the file ArchDocsYamlFile names does not exist. Create one (dotnet new archdoc), or set ArchDocsYamlFile to the path of an existing file.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TemplateError = Create(
        "ARCH012",
        "The document template has an error",
        "The document template has an error: {0}. Fix the template; the document is not regenerated until it renders.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TemplateNotFound = Create(
        "ARCH013",
        "The document template was not found",
        "The document template '{0}' set by ArchDocsTemplate does not exist. Correct the path, or remove the property to use the default template.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RelationshipOutsideComponent = Create(
        "ARCH014",
        "[Relationship] on a type that is not a component",
        "'{0}' has [Relationship] but no [Component], so the relationship has no source. Add [Component(...)] to the type, or move the relationship to the assembly with From = \"...\".",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncompatibleFragment = Create(
        "ARCH015",
        "A referenced project was built with an incompatible ArchTemplates.Generator",
        "The architecture of referenced assembly '{0}' cannot be read: {1}. Build every project of the solution with the same ArchTemplates.Generator version.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownFolder = Create(
        "ARCH016",
        "architecture.yml describes a folder that does not exist",
        "'structure' describes the folder '{0}', which does not exist. Remove the entry or correct the path.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ValueTooLong = Create(
        "ARCH017",
        "A value in architecture.yml is too long",
        "'{0}' is {1} characters long, more than the {2} a value in architecture.yml may have. Shorten it, or move the long text to a document of its own and link to it; the build fails until it fits.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DocumentTooLarge = Create(
        "ARCH018",
        "The architecture document is too large",
        "The architecture document would be {0} characters long, more than the {1} it may have, so it was not regenerated. Shorten the longest texts of architecture.yml and the architecture attributes, or make the document template write less.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableDecision = Create(
        "ARCH019",
        "An architecture decision record cannot be read",
        "{0} (see docs/decisions.md). Until then the record is not in the document.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateDecisionNumber = Create(
        "ARCH020",
        "Two architecture decision records have the same number",
        "'{0}' has the number {1}, as '{2}' has. Give it the next free number; only the first is in the document.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownDecision = Create(
        "ARCH021",
        "Reference to an architecture decision record that does not exist",
        "{0} refers to {1}, which no record in the decisions folder has. Correct the number, or add the record.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DecisionOutsideComponent = Create(
        "ARCH022",
        "[Decision] on a type that is not a component",
        "'{0}' has [Decision] but no [Component], so the decision concerns no element. Add [Component(...)] to the type, or move the attribute to the assembly (with Element = \"Name\" for another element).",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableReleasedModel = Create(
        "ARCH023",
        "The released model cannot be read",
        "'{0}' cannot be read as the released model: {1}. The Change Log proposes no Unreleased rows until it can. To record the current model as released, build once with -p:ArchDocsRelease=true (see docs/living-documents.md).",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DecisionElementOnComponent = Create(
        "ARCH024",
        "[Decision] names an Element on a component type",
        "[Decision({1})] on the component '{0}' links that component; its Element = \"{2}\" is not used. Remove Element, or, if the decision concerns '{2}', move the attribute to the assembly: [assembly: Decision({1}, Element = \"{2}\")].",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnverifiedRelationship = Create(
        "ARCH207",
        "The code does not show a declared relationship between containers",
        "The relationship {0} → {1} ('{2}') is declared, but the code does not show it: it has no {3}. Make the code do what the architecture says, or correct or remove the relationship (see docs/conformance.md).",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "ARCH099",
        "ArchTemplates.Generator failed unexpectedly",
        "ArchTemplates.Generator failed while {0}: {1}. The document was not regenerated. Please report this with the input that caused it.",
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: DocumentationContract.HelpLinkBase + id.ToLowerInvariant());
}
