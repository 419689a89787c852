using ArchTemplates.Generator.CodeFixes;
using ArchTemplates.Generator.Conformance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ArchTemplates.Generator.Tests.Conformance;

public sealed class DeclareRelationshipCodeFixTests
{
    /// <summary>What the generator emits for the two components, as the IDE's compilation holds it.</summary>
    private const string GeneratedModel = """
        namespace Acme.Sensors
        {
            public static class ArchitectureModel
            {
                public static class Components
                {
                    public const string ReadingsEndpoint = "Readings Endpoint";
                    public const string ThresholdEvaluator = "Threshold Evaluator";
                }
            }
        }
        """;

    private const string Evaluator = """
        namespace Acme.Processing
        {
            [ArchTemplates.Component("Threshold Evaluator", Container = "Processor")]
            public sealed class ThresholdEvaluator { }
        }
        """;

    [Fact]
    public async Task Adds_the_relationship_with_the_generated_constant_to_the_part_that_declares_the_component()
    {
        const string endpoint = """
            using ArchTemplates;
            namespace Acme.Sensors.Gateway
            {
                [Component("Readings Endpoint", Container = "Gateway")]
                public sealed partial class ReadingsEndpoint { }
            }
            """;
        const string otherPart = """
            namespace Acme.Sensors.Gateway
            {
                public sealed partial class ReadingsEndpoint
                {
                    public ReadingsEndpoint({|#0:Acme.Processing.ThresholdEvaluator|} evaluator) { }
                }
            }
            """;
        const string fixedEndpoint = """
            using ArchTemplates;
            namespace Acme.Sensors.Gateway
            {
                [Component("Readings Endpoint", Container = "Gateway")]
                [Relationship(ArchitectureModel.Components.ThresholdEvaluator, "Uses")]
                public sealed partial class ReadingsEndpoint { }
            }
            """;

        await Verify([GeneratedModel, Evaluator, endpoint, otherPart], [GeneratedModel, Evaluator, fixedEndpoint, otherPart.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Names_the_component_as_the_Component_attribute_is_spelled_and_by_name_without_a_generated_constant()
    {
        const string endpoint = """
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Readings Endpoint", Container = "Gateway")]
                public sealed class ReadingsEndpoint
                {
                    private sealed class Handler
                    {
                        public object Evaluator() => {|#0:new Acme.Processing.ThresholdEvaluator()|};
                    }
                }
            }
            """;
        const string fixedEndpoint = """
            namespace Acme.Gateway
            {
                [ArchTemplates.Component("Readings Endpoint", Container = "Gateway")]
                [ArchTemplates.Relationship("Threshold Evaluator", "Uses")]
                public sealed class ReadingsEndpoint
                {
                    private sealed class Handler
                    {
                        public object Evaluator() => new Acme.Processing.ThresholdEvaluator();
                    }
                }
            }
            """;

        await Verify([Evaluator, endpoint], [Evaluator, fixedEndpoint]);
    }

    private static async Task Verify(string[] sources, string[] fixedSources)
    {
        var test = new CSharpCodeFixTest<ConformanceAnalyzer, DeclareRelationshipCodeFix, DefaultVerifier>
        {
            // The reference assemblies of the running runtime: nothing is downloaded.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(RuntimeReferences());
        test.FixedState.AdditionalReferences.AddRange(RuntimeReferences());
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(ConformanceDescriptors.UndeclaredDependency).WithLocation(0)
            .WithArguments("Readings Endpoint", "Threshold Evaluator", "Processor"));
        await test.RunAsync();
    }

    private static IEnumerable<MetadataReference> RuntimeReferences()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(ComponentAttribute).Assembly.Location));
}
