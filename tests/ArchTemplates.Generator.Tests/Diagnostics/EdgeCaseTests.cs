using Microsoft.CodeAnalysis;
using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Diagnostics;

/// <summary>Inputs that once broke the generator or its output.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void A_component_declared_in_yml_and_in_code_with_a_generated_constant_for_its_container_merges_cleanly()
    {
        var run = new GeneratorHarness()
            .WithYaml("title: S\ncontainers:\n  - name: Processor\ncomponents:\n  - name: Alert Evaluator\n    container: Processor\n    description: Raises alerts\n")
            .Run("namespace Acme.Sensors { [ArchTemplates.Component(\"Alert Evaluator\", Container = ArchitectureModel.Containers.Processor)] public class AlertEvaluator { } }");

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("| Alert Evaluator | Raises alerts |", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constants_of_colliding_names_resolve_to_the_element_they_were_emitted_for()
    {
        var run = new GeneratorHarness()
            .WithYaml("title: S\ncontainers:\n  - name: Alert Service\n  - name: Alert-Service\n  - name: Gateway\n")
            .Run("""
                [assembly: ArchTemplates.Relationship(Acme.Sensors.ArchitectureModel.Containers.AlertService_2, "Uses", From = "Gateway")]
                namespace Acme.Sensors { }
                """);

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        var containers = run.OutputCompilation.GetTypeByMetadataName("Acme.Sensors.ArchitectureModel+Containers")!;
        Assert.Equal("Alert Service", containers.GetMembers("AlertService").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("Alert-Service", containers.GetMembers("AlertService_2").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Contains("Rel(e_gateway, e_alert_service_2, \"Uses\")", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_the_compiler_can_still_evaluate_are_read_when_a_generated_constant_keeps_the_attribute_unbound()
    {
        var run = new GeneratorHarness().WithYaml("title: S\ncontainers:\n  - name: Database\n").Run("""
            [assembly: ArchTemplates.Container("Gateway")]
            [assembly: ArchTemplates.Relationship(ArchitectureModel.Containers.Database, Acme.Sensors.Texts.Stores, Technology = Acme.Sensors.Texts.Sql)]
            namespace Acme.Sensors { public static class Texts { public const string Stores = "Stores readings in"; public const string Sql = "SQL"; } }
            """);

        AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Gateway → Database: Stores readings in (SQL)", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_container_kind_falls_back_to_a_service()
    {
        var run = new GeneratorHarness().WithYaml("title: S\n").Run("[assembly: ArchTemplates.Container(\"Gateway\", Kind = (ArchTemplates.ContainerKind)7)]");

        Exactly(run);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        Assert.Contains("Container(e_gateway, \"Gateway\"", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_named_like_its_containers_boundary_keeps_its_own_diagram_id()
    {
        var run = new GeneratorHarness().WithYaml("title: S\n").Run(
            "[assembly: ArchTemplates.Container(\"Gateway\")]\n[ArchTemplates.Component(\"Gateway Boundary\")] public sealed class Edge { }");

        Exactly(run);
        Assert.Contains("Container_Boundary(boundary_e_gateway, \"Gateway\")", run.Document(), StringComparison.Ordinal);
        Assert.Contains("Component(e_gateway_boundary, \"Gateway Boundary\"", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_data_models_that_would_share_a_schema_file_are_ARCH006()
    {
        var run = new GeneratorHarness().WithYaml("title: S\n").Run(
            "[ArchTemplates.DataModel(\"Sensor Reading\")] public sealed record A(string X);\n[ArchTemplates.DataModel(\"SensorReading\")] public sealed record B(int Y);");

        var diagnostic = Single(run, "ARCH006", "/repo/src/Acme.Sensors.Architecture/File0.cs", 2);
        Assert.Contains("gives the same file as 'Sensor Reading' (sensor-reading.schema.json)", Message(diagnostic), StringComparison.Ordinal);
        Assert.DoesNotContain("people", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_step_with_an_arrow_key_and_another_key_is_ARCH002_not_a_crash()
    {
        var run = new GeneratorHarness().WithYaml("title: S\npeople:\n  - name: A\n  - name: B\nsequences:\n  - name: Flow\n    steps:\n      - A -> B: hi\n        ? [x]\n        : y\n").Run();

        // The extra key is a list: it has no name to correct, and the message beside it is still drawn.
        Assert.DoesNotContain("did you mean", Message(Single(run, "ARCH002", GeneratorHarness.YamlPath, 9)), StringComparison.Ordinal);
        Assert.Contains("e_a->>e_b: hi", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_texts_with_hash_and_semicolon_are_escaped_once()
    {
        var run = new GeneratorHarness().WithYaml("title: S\npeople:\n  - name: A\n  - name: B\nsequences:\n  - name: Flow\n    steps:\n      - \"A -> B: Send order #42; then wait\"\n").Run();

        Assert.Contains("e_a->>e_b: Send order #35;42#59; then wait", run.Document(), StringComparison.Ordinal);
    }
}
