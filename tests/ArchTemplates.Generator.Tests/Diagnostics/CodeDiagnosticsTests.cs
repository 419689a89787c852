using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Diagnostics;

/// <summary>Every kind of bad declaration in code yields its documented diagnostic at the declaration.</summary>
public sealed class CodeDiagnosticsTests
{
    private const string Source = "/repo/src/Acme.Sensors.Architecture/File0.cs";
    private const string Yaml = GeneratorHarness.YamlPath;

    private static GeneratorRun Run(string source, string yaml = "title: Sensors\n") => new GeneratorHarness().WithYaml(yaml).Run(source);

    [Fact]
    public void An_element_with_an_empty_name_is_ARCH005()
    {
        Single(Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[ArchTemplates.Component(\"\")]\npublic class Nameless { }"), "ARCH005", Source, 2);
    }

    [Fact]
    public void Two_components_with_one_name_is_ARCH006_naming_the_other_place()
    {
        var diagnostic = Single(
            Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[ArchTemplates.Component(\"Router\")]\npublic class A { }\n[ArchTemplates.Component(\"Router\")]\npublic class B { }"),
            "ARCH006",
            Source,
            4);

        // The whole path: every service of a scaffold has an Architecture.cs.
        Assert.Contains($"also at {Source}(2)", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_used_by_two_kinds_of_element_is_ARCH006()
    {
        Single(Run("[assembly: ArchTemplates.Container(\"Operator\")]", "title: Sensors\npeople:\n  - name: Operator\n"), "ARCH006", Source, 1);
    }

    [Fact]
    public void A_relationship_to_an_unknown_element_is_ARCH007_with_a_suggestion()
    {
        var diagnostic = Single(
            Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Relationship(\"Procesor\", \"Forwards readings to\")]", "title: Sensors\ncontainers:\n  - name: Processor\n"),
            "ARCH007",
            Source,
            2);

        Assert.Contains("'Procesor'", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("did you mean 'Processor'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_of_an_unknown_container_is_ARCH007()
    {
        Single(Run("[ArchTemplates.Component(\"Router\", Container = \"Gatway\")]\npublic class Router { }", "title: Sensors\ncontainers:\n  - name: Gateway\n"), "ARCH007", Source, 1);
    }

    [Fact]
    public void A_generated_constant_that_no_longer_exists_is_ARCH007()
    {
        Single(
            Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Relationship(ArchitectureModel.Containers.Removed, \"Uses\")]\nnamespace Acme.Sensors { }"),
            "ARCH007",
            Source,
            2);
    }

    [Theory]
    [InlineData(
        "[assembly: ArchTemplates.Container(\"Gateway\", Technology = \"ASP.NET Core\")]",
        "title: Sensors\ncontainers:\n  - name: Gateway\n    technology: Go\n",
        "technology ('ASP.NET Core' here, 'Go' at /repo/architecture.yml(3))")]
    [InlineData(
        "[assembly: ArchTemplates.Technology(\"Kafka\", Version = \"3.6\")]",
        "title: Sensors\ntechnologies:\n  - name: Kafka\n    version: \"3.7\"\n",
        "version ('3.6' here, '3.7' at /repo/architecture.yml(3))")]
    public void Differing_declarations_are_ARCH008_naming_the_other_place(string source, string yaml, string expected)
    {
        Assert.Contains(expected, Message(Single(Run(source, yaml), "ARCH008", Source, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_architecture_yml_would_declare_are_not_reported_unknown_while_it_has_errors()
    {
        // The tab makes the file unreadable: Processor is never declared, and only the file's own error is reported.
        var run = Run(
            "[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Relationship(\"Processor\", \"Forwards readings to\")]",
            "title: Sensors\ncontainers:\n  - name: Processor\n\tkind: service\n");

        AssertNoCrash(run);
        Assert.Equal("ARCH001", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void Unknown_names_are_still_reported_when_architecture_yml_reads_with_other_problems()
    {
        // A misspelt key is a warning, and the file's elements are known: the unknown name is a real problem.
        var run = Run(
            "[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Relationship(\"Procesor\", \"Forwards readings to\")]",
            "title: Sensors\nsumary: x\ncontainers:\n  - name: Processor\n");

        Exactly(run, ("ARCH002", Yaml, 2), ("ARCH007", Source, 2));
    }

    [Fact]
    public void A_data_model_member_the_schema_cannot_describe_is_ARCH009_at_the_member()
    {
        var diagnostic = Single(
            Run("[ArchTemplates.DataModel]\npublic sealed class Job\n{\n    public string Name { get; set; } = \"\";\n    public System.IDisposable? Handle { get; set; }\n}"),
            "ARCH009",
            Source,
            5);

        Assert.Contains("'Handle' has type 'System.IDisposable'", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_in_a_project_without_a_container_is_ARCH010()
    {
        var diagnostic = Single(Run("[ArchTemplates.Component(\"Router\")]\npublic class Router { }"), "ARCH010", Source, 1);

        Assert.Contains("Component 'Router' belongs to no container: this project declares none.", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_naming_no_container_in_a_project_with_two_is_ARCH010_naming_both()
    {
        var diagnostic = Single(
            Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Container(\"Processor\")]\n[ArchTemplates.Component(\"Router\")]\npublic class Router { }"),
            "ARCH010",
            Source,
            3);

        // The compiler refuses the second attribute too (CS0579); this says what the component is missing.
        Assert.Contains("this project declares 2 (Gateway, Processor), and a project is one container.", Message(diagnostic), StringComparison.Ordinal);
        Assert.DoesNotContain("declares none", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_on_a_class_that_is_not_a_component_is_ARCH014()
    {
        Single(Run("[assembly: ArchTemplates.Container(\"Gateway\")]\n[ArchTemplates.Relationship(\"Gateway\", \"Uses\")]\npublic class Helper { }"), "ARCH014", Source, 2);
    }

    [Fact]
    public void Generated_constants_resolve_to_their_elements()
    {
        var run = Run("""
            [assembly: ArchTemplates.Container("Gateway")]
            namespace Acme.Sensors
            {
                [ArchTemplates.Component("Router", Container = ArchitectureModel.Containers.Gateway)]
                [ArchTemplates.Relationship(ArchitectureModel.Containers.Database, "Stores readings in", Interaction = ArchTemplates.Interaction.Async)]
                public class Router
                {
                    public Microsoft.Data.Sqlite.SqliteConnection? Readings { get; set; }
                }
            }
            """ + Evidence.LibraryStubs.DatabaseClients, "title: Sensors\ncontainers:\n  - name: Database\n    kind: database\n");

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Router → Database: Stores readings in (async)", run.Document(), StringComparison.Ordinal);
    }
}
