using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Each id is documented in docs/diagnostics.md and tracked in
/// AnalyzerReleases.Unshipped.md; messages say what to do, not only what is wrong.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ArchTemplates";
    private const string HelpBase = "https://github.com/archtemplates/archtemplates/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MalformedYaml = Create(
        "ARCH001",
        "architecture.yml is not valid YAML",
        "architecture.yml is not valid YAML: {0}. Fix the syntax at this position; the document is not regenerated until the file parses.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownYamlKey = Create(
        "ARCH002",
        "Unknown key in architecture.yml",
        "Unknown key '{0}' in {1}{2}. Remove it or correct its spelling; see docs/architecture-yml.md for the keys each section takes.",
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

    public static readonly DiagnosticDescriptor ArchitectureFileNotFound = Create(
        "ARCH011",
        "No architecture.yml for this project",
        "This project generates the architecture document but no architecture.yml was found in its folder or any folder above it. Create one (dotnet new archdoc) or set the ArchDocsYamlFile property.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "ARCH099",
        "ArchTemplates.Generator failed unexpectedly",
        "ArchTemplates.Generator failed while {0}: {1}. The document was not regenerated. Please report this with the input that caused it.",
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
