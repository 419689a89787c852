using System.Reflection;
using System.Runtime.Loader;
using ArchTemplates.Generator.Emit;
using ArchTemplates.Generator.Tests.Scenarios;
using ArchTemplates.Model;

namespace ArchTemplates.Generator.Tests.Emit;

/// <summary>
/// <c>ArchitectureModel.Graph</c> read at run time from the compiled assembly: the generator encodes the graph
/// as one string and the attributes library decodes it, so every value must come back exactly.
/// </summary>
public sealed class ArchitectureGraphTests
{
    [Fact]
    public void The_sensor_system_graph_has_every_element_relationship_and_schema()
    {
        var run = SensorSystem.Render();
        var graph = LoadGraph(run);

        Assert.Equal(("Sensor Monitoring Platform", "Draft", "microservices"), (graph.Title, graph.Status, graph.Style));
        Assert.Equal(
            ["Database:Database", "Gateway:Service", "Notifier:Service", "Processor:Service"],
            graph.Containers.Select(container => $"{container.Name}:{container.ContainerKind}").Order(StringComparer.Ordinal));
        Assert.Equal("Gateway", ((ComponentElement)graph.Find("Readings Endpoint")!).Container);
        var sensorToGateway = Assert.Single(graph.RelationshipsFrom("Sensor"));
        Assert.Equal(("Gateway", "Sends readings to", "HTTPS/JSON", Interaction.Sync), (sensorToGateway.To, sensorToGateway.Description, sensorToGateway.Technology, sensorToGateway.Interaction));
        Assert.Contains(graph.Relationships, relationship => relationship is { From: "Processor", To: "Notifier", Interaction: Interaction.Async });
        Assert.Equal(run.Files()["schema/sensor-reading.schema.json"], Assert.Single(graph.DataModels).JsonSchema);
        var api = Assert.Single(graph.Apis);
        Assert.Equal(("Gateway", null, "POST", "/readings", "202, 400"), (api.Container, api.Component, api.Method, api.Route, api.Responses));
        Assert.Contains(graph.Technologies, technology => technology is { Name: "Swashbuckle.AspNetCore", Version: "10.0.1" });
    }

    [Fact]
    public void Text_that_looks_like_the_encoding_comes_back_unchanged_and_absent_values_stay_null()
    {
        const string awkward = "3:abc ~ 12: \"quoted\" \\ line\nbreak\ttab \u001f\u0000 café 😀 ~";
        var run = new GeneratorHarness().WithYaml("title: '~'\nstatus: Approved\n").Run($$"""
            [assembly: ArchTemplates.Container("Gateway", Technology = {{CSharpWriter.Literal(awkward)}})]
            namespace Acme.Sensors
            {
                [ArchTemplates.Component("Ingest", Container = "Gateway")]
                [ArchTemplates.Relationship("Gateway", {{CSharpWriter.Literal(awkward)}})]
                public sealed class Ingest { }
            }
            """);
        Assert.Empty(run.Diagnostics);
        var graph = LoadGraph(run);

        Assert.Equal(("~", "Approved", null, null), (graph.Title, graph.Status, graph.Summary, graph.Style));
        var gateway = Assert.Single(graph.Containers);
        Assert.Equal((null, awkward), (gateway.Description, gateway.Technology));
        var ingest = Assert.Single(graph.Components);
        Assert.Equal((null, null, "Acme.Sensors.Ingest"), (ingest.Description, ingest.Technology, ingest.TypeName));
        Assert.Equal(awkward, Assert.Single(graph.Relationships).Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5:Title")]
    [InlineData("99:short")]
    [InlineData("x:Title")]
    [InlineData("~")]
    [InlineData("1:T1:D~~2:-1")]
    [InlineData("1:T1:D~~1:0")]
    public void Data_the_generator_did_not_write_is_a_format_error_that_says_to_rebuild(string data)
    {
        var error = Assert.Throws<FormatException>(() => SystemArchitecture.FromGeneratedData(data));
        Assert.Contains("rebuild the project", error.Message, StringComparison.Ordinal);
    }

    private static SystemArchitecture LoadGraph(GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(image);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics));
        var assembly = new AssemblyLoadContext("graph", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        return (SystemArchitecture)assembly.GetType("Acme.Sensors.ArchitectureModel", throwOnError: true)!
            .GetProperty("Graph", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
