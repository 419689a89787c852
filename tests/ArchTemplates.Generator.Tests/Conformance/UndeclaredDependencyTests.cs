using static ArchTemplates.Generator.Tests.Conformance.ConformanceRun;

namespace ArchTemplates.Generator.Tests.Conformance;

public sealed class UndeclaredDependencyTests
{
    private const string Evaluator = """
        namespace Acme.Processing
        {
            [ArchTemplates.Component("Threshold Evaluator", Container = "Processor")]
            public sealed class ThresholdEvaluator
            {
                public static ThresholdEvaluator Default { get; } = new();
                public static int Limit = 10;
                public bool Evaluate(double value) => value > Limit;
                public sealed class Verdict { }
            }
        }
        """;

    private static string Endpoint(string members, string attributes = "", string bases = "")
        => $$"""
            using Acme.Processing;
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Readings Endpoint", Container = "Gateway")]
                {{attributes}}
                public sealed class ReadingsEndpoint{{bases}}
                {
            {{members}}
                }
            }
            """;

    [Fact]
    public async Task A_constructor_parameter_of_another_component_is_reported_with_both_names_and_the_container()
    {
        var findings = await Findings(Evaluator, Endpoint("        public ReadingsEndpoint(ThresholdEvaluator evaluator) { }"));

        var finding = Assert.Single(findings);
        Assert.Equal(
            "ARCH201 File2.cs(8): Readings Endpoint uses Threshold Evaluator (Processor) here, but no relationship declares it. Add [Relationship] for it to Readings Endpoint (or a relationship between their containers), or remove the use.",
            Describe(finding));
        Assert.Equal("ThresholdEvaluator", Where(findings)[0].Text);
        Assert.EndsWith("docs/diagnostics.md#arch201", finding.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("        private readonly ThresholdEvaluator _evaluator = null!;", "ThresholdEvaluator")]
    [InlineData("        public ThresholdEvaluator Evaluator { get; set; } = null!;", "ThresholdEvaluator")]
    [InlineData("        private readonly System.Collections.Generic.List<ThresholdEvaluator> _evaluators = [];", "System.Collections.Generic.List<ThresholdEvaluator>")]
    [InlineData("        public object Create() => new ThresholdEvaluator();", "new ThresholdEvaluator()")]
    [InlineData("        public int Limit() => ThresholdEvaluator.Limit;", "ThresholdEvaluator.Limit")]
    [InlineData("        public object Shared() => ThresholdEvaluator.Default;", "ThresholdEvaluator.Default")]
    [InlineData("        public bool Check(object evaluator) => ((ThresholdEvaluator)evaluator).Evaluate(1);", "((ThresholdEvaluator)evaluator).Evaluate(1)")]
    [InlineData("        public void Local() { ThresholdEvaluator.Verdict? verdict = null; _ = verdict; }", "verdict = null")]
    public async Task Each_kind_of_use_is_reported_at_the_use(string member, string usedText)
    {
        var findings = await Findings(Evaluator, Endpoint(member));

        var finding = Assert.Single(Where(findings));
        Assert.Equal(("ARCH201", "File2.cs", 8, usedText), finding);
    }

    [Fact]
    public async Task A_base_class_and_a_primary_constructor_parameter_are_uses()
    {
        const string source = """
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Base Handler", Container = "Processor")]
                public abstract class BaseHandler { }

                [ArchTemplates.Component("Readings Endpoint", Container = "Gateway")]
                public sealed class ReadingsEndpoint(Acme.Processing.ThresholdEvaluator evaluator) : BaseHandler
                {
                    public bool Check() => evaluator.Evaluate(2);
                }
            }
            """;

        var findings = Where(await Findings(Evaluator, source));

        Assert.Equal(
            [("ARCH201", "File2.cs", 7, "Acme.Processing.ThresholdEvaluator"), ("ARCH201", "File2.cs", 7, "BaseHandler")],
            findings);
    }

    [Fact]
    public async Task A_using_alias_is_resolved_to_the_component()
    {
        var source = "using Evaluator = Acme.Processing.ThresholdEvaluator;\n" + Endpoint("        public ReadingsEndpoint(Evaluator evaluator) { }");

        Assert.Equal([("ARCH201", "File2.cs", 9, "Evaluator")], Where(await Findings(Evaluator, source)));
    }

    [Fact]
    public async Task A_relationship_by_name_by_generated_constant_or_between_the_containers_declares_the_use()
    {
        const string member = "        public ReadingsEndpoint(ThresholdEvaluator evaluator) { }";
        const string containerLevel = """
            [assembly: ArchTemplates.Relationship("Processor", "Forwards readings to", From = "Gateway")]
            """;

        Assert.Empty(await Findings(Evaluator, Endpoint(member, "[ArchTemplates.Relationship(\"Threshold Evaluator\", \"Evaluates with\")]")));
        Assert.Empty(await Findings(Evaluator, Endpoint(member, "[ArchTemplates.Relationship(Acme.Sensors.ArchitectureModel.Components.ThresholdEvaluator, \"Evaluates with\")]")));
        Assert.Empty(await Findings(Evaluator, Endpoint(member), containerLevel));
        Assert.Empty(await Findings(
            new GeneratorHarness().WithYaml(BaseYaml + "\nrelationships:\n  - from: Readings Endpoint\n    to: Processor\n    description: Forwards readings to\n"),
            Evaluator,
            Endpoint(member)));
    }

    [Fact]
    public async Task A_relationship_in_the_other_direction_or_to_another_component_does_not_declare_the_use()
    {
        const string other = """
            [ArchTemplates.Component("Alert Store", Container = "Processor")]
            public sealed class AlertStore { }
            """;

        var findings = await Findings(Evaluator, other, Endpoint("        public ReadingsEndpoint(ThresholdEvaluator evaluator) { }", "[ArchTemplates.Relationship(\"Alert Store\", \"Stores with\")]"));

        // The unused relationship to Alert Store is ARCH202; the use of Threshold Evaluator stays undeclared.
        Assert.Equal(["ARCH202", "ARCH201"], findings.Select(finding => finding.Id));
    }

    [Fact]
    public async Task Uses_inside_one_component_are_not_findings_whatever_part_or_nested_type_holds_them()
    {
        const string parts = """
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Alert Evaluator", Container = "Processor")]
                public sealed partial class AlertEvaluator
                {
                    private readonly Rules _rules = new();
                    private sealed class Rules { public AlertEvaluator? Owner; }
                }

                public sealed partial class AlertEvaluator
                {
                    public AlertEvaluator Self() => this;
                    public object Rule() => new Rules();
                }
            }
            """;

        Assert.Empty(await Findings(parts));
    }

    [Fact]
    public async Task A_nested_type_of_a_component_uses_for_it_and_a_nested_type_of_another_component_counts_as_that_component()
    {
        const string nested = """
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Readings Endpoint", Container = "Gateway")]
                public sealed class ReadingsEndpoint
                {
                    private sealed class Handler
                    {
                        public object Verdict() => new Acme.Processing.ThresholdEvaluator.Verdict();
                    }
                }
            }
            """;

        var finding = Assert.Single(await Findings(Evaluator, nested));

        Assert.StartsWith("Readings Endpoint uses Threshold Evaluator (Processor) here", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_outside_components_and_types_marked_by_a_user_attribute_of_the_same_name_are_not_checked()
    {
        const string user = """
            namespace Acme.Gateway
            {
                public sealed class ComponentAttribute(string name) : System.Attribute { public string Name { get; } = name; }

                [Component("Readings Endpoint")]
                public sealed class ReadingsEndpoint { public ReadingsEndpoint(Acme.Processing.ThresholdEvaluator evaluator) { } }

                public static class Program { public static object Main() => new Acme.Processing.ThresholdEvaluator(); }
            }
            """;

        Assert.Empty(await Findings(Evaluator, user));
    }

    [Fact]
    public async Task Generic_components_are_matched_through_every_instantiation()
    {
        const string generic = """
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Reading Queue", Container = "Processor")]
                public sealed class ReadingQueue<T> { public void Enqueue(T item) { } }
            }
            """;

        var findings = Where(await Findings(generic, Endpoint("        public void Accept(Acme.Processing.ReadingQueue<double> queue) => queue.Enqueue(1);")));

        Assert.Equal([("ARCH201", "File2.cs", 8, "queue.Enqueue(1)")], findings);
    }

    [Fact]
    public async Task One_finding_per_pair_of_components_in_each_file_at_the_first_use()
    {
        const string members = """
                    private readonly ThresholdEvaluator _evaluator = new();
                    public bool Check() => _evaluator.Evaluate(1);
            """;
        const string secondFile = """
            namespace Acme.Gateway
            {
                public sealed partial class Extra { }
            }
            """;
        var partialEndpoint = Endpoint(members).Replace("public sealed class ReadingsEndpoint", "public sealed partial class ReadingsEndpoint", StringComparison.Ordinal);
        const string otherPart = """
            namespace Acme.Gateway
            {
                public sealed partial class ReadingsEndpoint
                {
                    public bool Again() => Acme.Processing.ThresholdEvaluator.Default.Evaluate(3);
                    public bool AndAgain() => Acme.Processing.ThresholdEvaluator.Default.Evaluate(4);
                }
            }
            """;

        var findings = Where(await Findings(Evaluator, partialEndpoint, otherPart, secondFile));

        Assert.Equal([("ARCH201", "File2.cs", 8, "ThresholdEvaluator"), ("ARCH201", "File3.cs", 5, "Acme.Processing.ThresholdEvaluator.Default.Evaluate(3)")], findings);
    }

    [Fact]
    public async Task A_component_of_a_referenced_project_is_found_with_its_assembly_container()
    {
        var harness = new GeneratorHarness().WithYaml(BaseYaml).WithProjectReference(new TestProject(
            "Acme.Processor",
            "src/services/processor",
            string.Empty,
            """
            [assembly: ArchTemplates.Container("Processor")]
            namespace Acme.Processing
            {
                [ArchTemplates.Component("Threshold Evaluator")]
                public sealed class ThresholdEvaluator { }
            }
            """));

        var finding = Assert.Single(await Findings(harness, Endpoint("        public ReadingsEndpoint(ThresholdEvaluator evaluator) { }")));

        Assert.StartsWith("Readings Endpoint uses Threshold Evaluator (Processor) here", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
