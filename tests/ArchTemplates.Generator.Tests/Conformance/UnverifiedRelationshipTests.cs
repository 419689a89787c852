using static ArchTemplates.Generator.Tests.Conformance.ConformanceRun;

namespace ArchTemplates.Generator.Tests.Conformance;

public sealed class UnverifiedRelationshipTests
{
    private const string Evaluator = """
        namespace Acme.Processing
        {
            [ArchTemplates.Component("Threshold Evaluator", Container = "Processor")]
            public sealed class ThresholdEvaluator { public bool Evaluate(double value) => value > 10; }
        }
        """;

    private static string Endpoint(string relationship, string body = "")
        => $$"""
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Readings Endpoint", Container = "Gateway")]
                {{relationship}}
                public sealed class ReadingsEndpoint
                {
                    {{body}}
                }
            }
            """;

    [Fact]
    public async Task A_relationship_between_two_component_types_that_no_code_shows_is_reported_at_its_attribute()
    {
        var findings = await Findings(Evaluator, Endpoint("[ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\")]"));

        var finding = Assert.Single(findings);
        Assert.Equal(
            "ARCH202 File2.cs(4): Readings Endpoint declares that it uses Threshold Evaluator, but no code of Readings Endpoint uses Threshold Evaluator. Remove the relationship, correct its target, or set Evidence = Evidence.None (evidence: none in architecture.yml) when the code cannot show it.",
            Describe(finding));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, finding.Severity);
    }

    [Fact]
    public async Task An_asynchronous_relationship_is_left_to_the_message_evidence_and_never_reported()
    {
        Assert.Empty(await Findings(Evaluator, Endpoint(
            "[ArchTemplates.Relationship(\"Threshold Evaluator\", \"Sends readings to\", Interaction = ArchTemplates.Interaction.Async)]")));
    }

    [Fact]
    public async Task A_relationship_with_a_use_in_code_is_verified()
    {
        Assert.Empty(await Findings(Evaluator, Endpoint(
            "[ArchTemplates.Relationship(Acme.Sensors.ArchitectureModel.Components.ThresholdEvaluator, \"Evaluates with\")]",
            "public bool Check(Acme.Processing.ThresholdEvaluator evaluator) => evaluator.Evaluate(1);")));
    }

    [Fact]
    public async Task A_use_through_types_that_are_no_component_verifies_the_relationship()
    {
        const string helpers = """
            namespace Acme.Gateway
            {
                internal static class Forwarding
                {
                    public static bool Forward(double value) => new Checks().Run(value);
                }

                internal sealed class Checks
                {
                    public bool Run(double value) => new Acme.Processing.ThresholdEvaluator().Evaluate(value);
                }
            }
            """;

        Assert.Empty(await Findings(Evaluator, helpers, Endpoint(
            "[ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\")]",
            "public bool Accept(double value) => Forwarding.Forward(value);")));
    }

    [Fact]
    public async Task A_use_through_another_component_does_not_verify_the_relationship()
    {
        const string middle = """
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Forwarder", Container = "Gateway")]
                [ArchTemplates.Relationship("Threshold Evaluator", "Evaluates with")]
                public sealed class Forwarder
                {
                    public bool Forward(double value) => new Acme.Processing.ThresholdEvaluator().Evaluate(value);
                }
            }
            """;

        var findings = Where(await Findings(Evaluator, middle, Endpoint(
            "[ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\")][ArchTemplates.Relationship(\"Forwarder\", \"Forwards with\")]",
            "public bool Accept(double value) => new Forwarder().Forward(value);")));

        Assert.Equal([("ARCH202", "File3.cs", 4, "ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\")")], findings);
    }

    [Theory]
    [InlineData("[ArchTemplates.Relationship(\"Processor\", \"Forwards readings to\")]")]
    [InlineData("[ArchTemplates.Relationship(\"Operator\", \"Notifies\")]")]
    [InlineData("[ArchTemplates.Relationship(\"Mail Service\", \"Sends mail through\")]")]
    [InlineData("[ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\", Evidence = ArchTemplates.Evidence.None)]")]
    public async Task Relationships_to_containers_people_external_systems_or_marked_as_not_in_code_never_warn(string relationship)
    {
        Assert.Empty(await Findings(Evaluator, Endpoint(relationship)));
    }

    [Fact]
    public async Task A_relationship_in_architecture_yml_is_reported_at_its_line_unless_it_says_evidence_none()
    {
        const string relationships = """

            relationships:
              - from: Readings Endpoint
                to: Threshold Evaluator
                description: Evaluates with
              - from: Readings Endpoint
                to: Threshold Evaluator
                description: Also evaluates with
                evidence: none
            """;

        var findings = await Findings(new GeneratorHarness().WithYaml(BaseYaml + relationships), Evaluator, Endpoint(string.Empty));

        var finding = Assert.Single(findings);
        Assert.Equal("ARCH202", finding.Id);
        Assert.Equal((GeneratorHarness.YamlPath, 12), (finding.Location.GetLineSpan().Path, finding.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    [Fact]
    public async Task A_relationship_declared_in_a_referenced_assembly_is_that_project_s_to_verify()
    {
        var harness = new GeneratorHarness().WithYaml(BaseYaml).WithProjectReference(new TestProject(
            "Acme.Processor",
            "src/services/processor",
            string.Empty,
            """
            [assembly: ArchTemplates.Container("Processor")]
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Alert Evaluator")]
                [ArchTemplates.Relationship("Threshold Evaluator", "Evaluates with")]
                public sealed class AlertEvaluator { }

                [ArchTemplates.Component("Threshold Evaluator")]
                public sealed class ThresholdEvaluator { }
            }
            """));

        Assert.Empty(await Findings(harness, "public static class Program { }"));
    }
}
