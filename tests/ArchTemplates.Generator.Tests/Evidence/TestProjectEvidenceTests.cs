using ArchTemplates.Generator.Inputs;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests.Evidence;

/// <summary>
/// A test project's code exercises the architecture (it calls the endpoints, builds the components) rather than
/// being part of it: the generator reads its attributes but not its code for evidence, which would bind every test,
/// unless it declares a container or component of its own (a test suite the team models).
/// </summary>
public sealed class TestProjectEvidenceTests
{
    private const string Components = """
        namespace Acme.Sensors
        {
            [ArchTemplates.Component("Router")]
            public sealed class Router(Store store)
            {
                public System.Threading.Tasks.Task Forward(System.Net.Http.HttpClient client) => client.PostAsync("/readings", null);

                public object Store => store;
            }

            [ArchTemplates.Component("Store")]
            public sealed class Store { }
        }
        """;

    [Theory]
    [InlineData("web", true)]
    [InlineData("library", true)]
    [InlineData("test", false)]
    public void Only_a_test_projects_code_is_not_read_for_evidence(string kind, bool readsEvidence)
    {
        var calls = Reading(kind, Caller);

        Assert.Equal(readsEvidence, calls.Evidence?.Interactions.Any(fact => fact.Element.Subject == "/readings") ?? false);
        Assert.Equal(readsEvidence, calls.Evidence is not null);
    }

    [Fact]
    public void A_test_project_that_declares_its_own_elements_is_read_for_evidence()
    {
        var reading = Reading("test", Caller, Components);

        Assert.Contains(reading.Evidence!.ComponentUses.Uses, link => link.UserComponent == "Router" && link.UsedComponent == "Store");
        Assert.Equal(2, reading.Declarations.Components.Count);
    }

    /// <summary>Calls the gateway the way a test does, from a class that is no component.</summary>
    private const string Caller = """
        namespace Acme.Sensors.Tests
        {
            public sealed class ReadingsEndpointTests
            {
                public System.Threading.Tasks.Task Posts(System.Net.Http.HttpClient client) => client.PostAsync("/readings", null);
            }
        }
        """;

    /// <summary>The reading of the first tree of a project of <paramref name="kind"/> made of <paramref name="sources"/>.</summary>
    private static SourceTreeReading Reading(string kind, params string[] sources)
    {
        var driver = new GeneratorHarness().WithYaml("title: Sensors\n").WithProperty("_ArchDocsProjectKind", kind).CreateDriver()
            .RunGenerators(GeneratorHarness.Compilation(sources));
        return driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SourceTrees]
            .SelectMany(step => step.Outputs)
            .Select(output => (SourceTreeReading)output.Value)
            .OrderByDescending(reading => reading.Declarations.Components.Count)
            .First();
    }
}
