using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Conformance;

/// <summary>
/// The conformance diagnostics: code that does what the architecture does not declare, declarations the code does
/// not show, and the rules of architecture.yml. Documented in docs/diagnostics.md and docs/conformance.md.
/// </summary>
internal static class ConformanceDescriptors
{
    private const string Category = "ArchTemplates.Conformance";

    /// <summary>The property of an ARCH201 diagnostic that holds the used component's name, for the code fix.</summary>
    public const string UsedComponentProperty = "UsedComponent";

    public static readonly DiagnosticDescriptor UndeclaredDependency = Create(
        "ARCH201",
        "Undeclared dependency between components",
        "{0} uses {1} ({2}) here, but no relationship declares it. Add [Relationship] for it to {0} (or a relationship between their containers), or remove the use.");

    public static readonly DiagnosticDescriptor UnverifiedRelationship = Create(
        "ARCH202",
        "Declared relationship not found in code",
        "{0} declares that it uses {1}, but no code of {0} uses {1}. Remove the relationship, correct its target, or set Evidence = Evidence.None (evidence: none in architecture.yml) when the code cannot show it.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ForbiddenDependency = Create(
        "ARCH203",
        "Dependency forbidden by a rule",
        "{0} → {1}: {2} uses {3}, which the rule '{4}' (architecture.yml line {5}) forbids. Remove the use, or change the rule.");

    public static readonly DiagnosticDescriptor UnknownRuleElement = Create(
        "ARCH204",
        "A rule names an element that does not exist",
        "The rule '{0}' names '{1}', which is no container or component of the architecture{2}. Correct the name, or write project:<assembly name> or namespace:<namespace> for a layer that is not an element.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MalformedRule = Create(
        "ARCH205",
        "A rule in architecture.yml is malformed",
        "This rule {0}. A rule takes 'from' and exactly one of 'mayDependOn' or 'mayNotDependOn', each a layer: an element name, project:<assembly name> or namespace:<namespace>.");

    public static readonly DiagnosticDescriptor SelfReferencingRule = Create(
        "ARCH206",
        "A rule names its own layer",
        "The rule names '{0}' both as 'from' and in its list, which has no effect. Remove it from the list.");

    private static DiagnosticDescriptor Create(string id, string title, string message, params string[] customTags)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DocumentationContract.HelpLinkBase + id.ToLowerInvariant(), customTags: customTags);
}
