using ArchTemplates.Generator.Tests.Diagnostics;
using static ArchTemplates.Generator.Tests.Conformance.ConformanceRun;

namespace ArchTemplates.Generator.Tests.Conformance;

public sealed class DependencyRuleTests
{
    private const string Layers = """
        namespace Acme.Domain
        {
            public interface IOrderRepository { void Save(Order order); }
            public sealed class Order { }
            public sealed class OrderService(IOrderRepository repository)
            {
                public void Place(Order order) => repository.Save(order);
            }
        }

        namespace Acme.Infrastructure
        {
            public sealed class SqlOrderRepository : Acme.Domain.IOrderRepository
            {
                public void Save(Acme.Domain.Order order) { }
            }
        }
        """;

    private const string ForbidInfrastructure = """

        rules:
          - from: namespace:Acme.Domain
            mayNotDependOn: [namespace:Acme.Infrastructure]
        """;

    private static GeneratorHarness WithRules(string rules) => new GeneratorHarness().WithYaml(BaseYaml + rules);

    [Fact]
    public async Task A_forbidden_dependency_is_reported_at_the_reference_naming_the_rule_its_line_and_the_path()
    {
        var offending = Layers.Replace(
            "public void Place(Order order) => repository.Save(order);",
            "public void Place(Order order) => new Acme.Infrastructure.SqlOrderRepository().Save(order);",
            StringComparison.Ordinal);

        var findings = await Findings(WithRules(ForbidInfrastructure), offending);

        var finding = Assert.Single(findings);
        Assert.Equal(
            "ARCH203 File1.cs(7): Acme.Domain → Acme.Infrastructure: OrderService uses SqlOrderRepository, which the rule 'Acme.Domain may not depend on Acme.Infrastructure' (architecture.yml line 12) forbids. Remove the use, or change the rule.",
            Describe(finding));
        Assert.Equal("new Acme.Infrastructure.SqlOrderRepository().Save(order)", Where(findings)[0].Text);
        Assert.Equal(GeneratorHarness.YamlPath, Assert.Single(finding.AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public async Task The_allowed_direction_and_an_interface_bound_by_registration_are_not_violations()
    {
        // Infrastructure implements Domain's interface: the dependency points the allowed way, and Domain only knows the interface.
        const string registration = """
            using Microsoft.Extensions.DependencyInjection;
            public static class Program
            {
                public static void Configure(IServiceCollection services) => services.AddSingleton<Acme.Domain.IOrderRepository, Acme.Infrastructure.SqlOrderRepository>();
            }
            """;

        Assert.Empty(await Findings(WithRules(ForbidInfrastructure), Layers, registration));
    }

    [Fact]
    public async Task A_rule_can_have_a_name_and_name_a_project()
    {
        const string rules = """

            rules:
              - name: The domain stays pure
                from: namespace:Acme.Domain
                mayNotDependOn: project:Acme.Persistence
            """;
        var harness = WithRules(rules).WithProjectReference(new TestProject(
            "Acme.Persistence",
            "src/persistence",
            string.Empty,
            "namespace Acme.Persistence { public static class Tables { public const string Orders = \"orders\"; public static string Name => Orders; } }"));
        const string domain = """
            namespace Acme.Domain
            {
                public sealed class Order { public string Table => Acme.Persistence.Tables.Name; }
            }
            """;

        var finding = Assert.Single(await Findings(harness, domain));

        Assert.Equal(
            "Acme.Domain → Acme.Persistence: Order uses Tables, which the rule 'The domain stays pure' (architecture.yml line 12) forbids. Remove the use, or change the rule.",
            DiagnosticAssertions.Message(finding));
    }

    [Fact]
    public async Task An_allow_list_forbids_every_other_known_layer_and_nothing_unknown()
    {
        const string components = """
            [assembly: ArchTemplates.Container("Gateway")]
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Readings Endpoint")]
                [ArchTemplates.Relationship("Processor", "Forwards readings to")]
                public sealed class ReadingsEndpoint
                {
                    public object Forward() => new Acme.Processing.ThresholdEvaluator();
                    public object Text() => new System.Text.StringBuilder();
                    public object Own() => new Helper();
                }

                public sealed class Helper { }
            }

            namespace Acme.Processing
            {
                [ArchTemplates.Component("Threshold Evaluator", Container = "Processor")]
                public sealed class ThresholdEvaluator { }
            }
            """;
        const string rules = """

            rules:
              - from: Gateway
                mayDependOn: [Database]
            """;

        var findings = Where(await Findings(WithRules(rules), components));

        Assert.Equal([("ARCH203", "File1.cs", 8, "new Acme.Processing.ThresholdEvaluator()")], findings);
    }

    [Fact]
    public async Task A_forbidden_use_in_top_level_statements_is_reported_where_it_is_made()
    {
        const string program = """
            var repository = new Acme.Infrastructure.SqlOrderRepository();
            repository.Save(new Acme.Domain.Order());
            """;
        const string rules = """

            rules:
              - from: project:Acme.Sensors.Architecture
                mayNotDependOn: [namespace:Acme.Infrastructure]
            """;

        var findings = Where(await Findings(WithRules(rules), Layers, program));

        // The program type's first use of the forbidden type, as for any other type.
        Assert.Equal([("ARCH203", "File2.cs", 1, "repository = new Acme.Infrastructure.SqlOrderRepository()")], findings);
    }

    [Fact]
    public async Task A_rule_naming_an_unknown_element_is_reported_at_its_line_in_the_project_that_generates_the_document()
    {
        const string rules = """

            rules:
              - from: Gateway
                mayNotDependOn: [Procesor]
            """;

        var findings = await Findings(WithRules(rules), "public static class Program { }");

        var finding = Assert.Single(findings);
        Assert.Equal("ARCH204", finding.Id);
        Assert.Equal(12, finding.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("names 'Procesor', which is no container or component of the architecture (did you mean 'Processor'?)", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(await Findings(WithRules(rules).WithProperty("ArchDocsGenerate", "false"), "public static class Program { }"));
    }

    [Theory]
    [InlineData("  - from: Gateway\n    mayDependOn: [Processor]\n    mayNotDependOn: [Database]\n", "ARCH205", "has both 'mayDependOn' and 'mayNotDependOn'")]
    [InlineData("  - from: Gateway\n", "ARCH205", "has neither 'mayDependOn' nor 'mayNotDependOn'")]
    [InlineData("  - mayDependOn: [Processor]\n", "ARCH205", "has no 'from'")]
    [InlineData("  - from: Gateway\n    mayNotDependOn: []\n", "ARCH205", "has an empty 'mayNotDependOn'")]
    [InlineData("  - from: Gateway\n    mayNotDependOn: ['namespace:']\n", "ARCH205", "names 'namespace:', which has no name after its prefix")]
    [InlineData("  - from: Gateway\n    mayNotDependOn: [Gateway, Processor]\n", "ARCH206", "names 'Gateway' both as 'from' and in its list")]
    public void A_malformed_rule_is_reported_by_the_build_at_its_line(string rule, string id, string problem)
    {
        var run = WithRules("\nrules:\n" + rule).Run("public static class Program { }");

        var finding = Assert.Single(run.Diagnostics, diagnostic => diagnostic.Id.StartsWith("ARCH2", StringComparison.Ordinal));
        Assert.Equal(id, finding.Id);
        Assert.Equal(GeneratorHarness.YamlPath, finding.Location.GetLineSpan().Path);
        Assert.InRange(finding.Location.GetLineSpan().StartLinePosition.Line + 1, 12, 14);
        Assert.Contains(problem, DiagnosticAssertions.Message(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_s_evidence_must_be_code_or_none()
    {
        var run = WithRules("\nrelationships:\n  - from: Gateway\n    to: Processor\n    description: Calls\n    evidence: maybe\n").Run("public static class Program { }");

        Assert.Contains(run.Diagnostics, diagnostic => diagnostic.Id == "ARCH004" && DiagnosticAssertions.Message(diagnostic).Contains("'maybe' is not a valid evidence", StringComparison.Ordinal));
    }
}
