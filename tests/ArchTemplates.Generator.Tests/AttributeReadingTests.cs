namespace ArchTemplates.Generator.Tests;

/// <summary>
/// The attributes are found and read as the compiler binds them, however the code spells them: through
/// aliases and global usings, with constants and <c>nameof</c>, and never a user's own attribute of the same name.
/// </summary>
public sealed class AttributeReadingTests
{
    private const string Yaml = "title: Sensors\ncontainers:\n  - name: Database\n    kind: database\n";

    private const string Container = "[assembly: ArchTemplates.Container(\"Gateway\")]";

    [Fact]
    public void An_alias_declared_in_the_file_names_our_attribute()
    {
        var document = Document("""
            using Comp = ArchTemplates.ComponentAttribute;
            namespace Acme
            {
                using Rel = ArchTemplates.RelationshipAttribute;

                [Comp("Aliased Router", Description = "Routes readings")]
                [Rel("Database", "Stores readings in")]
                public sealed class Router { }
            }
            """);

        Assert.Contains("| Aliased Router | Routes readings |", document, StringComparison.Ordinal);
        Assert.Contains("- Aliased Router → Database: Stores readings in", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_alias_or_global_using_in_another_file_names_our_attribute()
    {
        var document = Document(
            "global using ArchTemplates;\nglobal using Rel = ArchTemplates.RelationshipAttribute;",
            """
            namespace Acme;

            [Component("Global Router", Description = "Routes readings")]
            [Rel("Database", "Stores readings in")]
            public sealed class Router { }
            """);

        Assert.Contains("| Global Router | Routes readings |", document, StringComparison.Ordinal);
        Assert.Contains("- Global Router → Database: Stores readings in", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_attribute_named_like_ours_declares_nothing()
    {
        var document = Document(
            """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class ComponentAttribute(string name) : System.Attribute
                {
                    public string Name { get; } = name;

                    public string? Description { get; set; }
                }
            }
            """,
            """
            using Other;
            namespace Acme
            {
                [Component("Impostor", Description = "Not ours")]
                public sealed class Impostor { }

                [ArchTemplates.Component("Genuine", Description = "Ours")]
                public sealed class Genuine { }
            }
            """);

        Assert.DoesNotContain("Impostor", document, StringComparison.Ordinal);
        Assert.Contains("| Genuine | Ours |", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Constants_from_another_file_and_nameof_are_read_as_the_compiler_evaluates_them()
    {
        var document = Document(
            "namespace Acme; internal static class Names { public const string Router = \"Constant Router\"; public const string Verb = \"Stores\"; }",
            """
            namespace Acme;

            [ArchTemplates.Component(Names.Router, Description = "Routes " + nameof(Dispatcher) + " readings")]
            [ArchTemplates.Relationship("Database", Names.Verb + " readings in")]
            public sealed class Router { }

            [ArchTemplates.Component(nameof(Dispatcher), Description = "Dispatches")]
            public sealed class Dispatcher { }
            """);

        Assert.Contains("| Constant Router | Routes Dispatcher readings |", document, StringComparison.Ordinal);
        Assert.Contains("- Constant Router → Database: Stores readings in", document, StringComparison.Ordinal);
        Assert.Contains("| Dispatcher | Dispatches |", document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_constant_names_the_element_it_stands_for()
    {
        var document = Document("""
            namespace Acme;

            [ArchTemplates.Component("Router", Description = "Routes readings")]
            [ArchTemplates.Relationship(ArchitectureModel.Containers.Database, "Stores readings in")]
            public sealed class Router { }
            """);

        Assert.Contains("- Router → Database: Stores readings in", document, StringComparison.Ordinal);
    }

    private static string Document(params string[] sources)
    {
        // These routers declare relationships they have no code for: what is read is under test here, whether the
        // code shows it (ARCH207) is the evidence tests' concern.
        var run = new GeneratorHarness().WithYaml(Yaml).Run([Container, .. sources]);
        Assert.Empty(run.Diagnostics.Where(diagnostic => diagnostic.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning
            && diagnostic.Id.StartsWith("ARCH", StringComparison.Ordinal) && diagnostic.Id != "ARCH207"));
        return run.Document();
    }
}
