using System.Reflection;
using System.Runtime.Loader;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Emit;
using ArchTemplates.Generator.Model;
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

    [Fact]
    public void Every_field_of_every_element_comes_back_in_its_own_property()
    {
        // Each value names the property it must land in, so a swapped or shifted field shows as a wrong name.
        var graph = SystemArchitecture.FromGeneratedData(GraphDataWriter.Write(ModelWith(field => field)));

        Assert.Equal(("System.Title", "System.Status", "System.Summary", "System.Style"), (graph.Title, graph.Status, graph.Summary, graph.Style));
        AssertEveryTextProperty(graph, present: _ => true);
        Assert.Equal(ContainerKind.Queue, Assert.Single(graph.Containers).ContainerKind);
        Assert.Equal(Interaction.Async, Assert.Single(graph.Relationships).Interaction);
    }

    [Fact]
    public void Every_optional_field_left_out_comes_back_null()
    {
        var graph = SystemArchitecture.FromGeneratedData(GraphDataWriter.Write(ModelWith(_ => null)));

        Assert.Equal((null, null), (graph.Summary, graph.Style));
        AssertEveryTextProperty(graph, present: RequiredFields.Contains);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5:Title")]
    [InlineData("99:short")]
    [InlineData("x:Title")]
    [InlineData("~")]
    [InlineData("1:T1:D~~2:-1")]
    [InlineData("1:2")]
    [InlineData("1:21:T1:D~~1:0")]
    [InlineData("1:21:T1:D~~10:2000000000")]
    [InlineData("1:21:T1:D~~1:01:01:11:C~~1:9~")]
    [InlineData("1:21:T1:D~~1:01:01:01:01:01:01:01:0 ")]
    public void Data_the_generator_did_not_write_is_a_format_error_that_says_to_rebuild(string data)
    {
        var error = Assert.Throws<FormatException>(() => SystemArchitecture.FromGeneratedData(data));
        Assert.Contains("rebuild the project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_of_another_format_names_the_version_mismatch()
    {
        var error = Assert.Throws<FormatException>(() => SystemArchitecture.FromGeneratedData("1:31:T1:D~~1:01:01:01:01:01:01:01:0"));
        Assert.Contains("format 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("same version of the ArchTemplates.Generator package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_smallest_graph_the_format_allows_reads()
    {
        var graph = SystemArchitecture.FromGeneratedData("1:21:T1:D~~1:01:01:01:01:01:01:01:0");
        Assert.Equal(("T", "D"), (graph.Title, graph.Status));
    }

    /// <summary>One element of each kind; each optional text field is <paramref name="value"/> of its "Type.Property", each required one that name.</summary>
    private static ArchitectureModel ModelWith(Func<string, string?> value)
        => ArchitectureModel.TitleOnly(ArchitectureDefinition.Empty) with
        {
            Title = "System.Title",
            Status = "System.Status",
            Summary = value("System.Summary"),
            Style = value("System.Style") is { } style ? new ArchitecturalStyle(style, "why") : null,
            People = One(new Person("PersonElement.Name", value("PersonElement.Description"))),
            ExternalSystems = One(new ExternalSystem("ExternalSystemElement.Name", value("ExternalSystemElement.Description"), value("ExternalSystemElement.Technology"))),
            Containers = One(new Container("ContainerElement.Name", value("ContainerElement.Description"), value("ContainerElement.Technology"), ContainerKind.Queue, value("ContainerElement.Project"))),
            Components = One(new Component("ComponentElement.Name", new ElementReference("ComponentElement.Container"), value("ComponentElement.Description"), value("ComponentElement.Technology"), value("ComponentElement.TypeName"))),
            Relationships = One(new Relationship(new ElementReference("RelationshipInfo.From"), new ElementReference("RelationshipInfo.To"), "RelationshipInfo.Description", value("RelationshipInfo.Technology"), Async: true)),
            Technologies = One(new Technology("TechnologyInfo.Name", value("TechnologyInfo.Version"), value("TechnologyInfo.Description"), "package")),
            DataModels = One(new DataModel("DataModelInfo.Name", "DataModelInfo.TypeName", value("DataModelInfo.Description"), "DataModelInfo.JsonSchema")),
            Apis = One(new ApiEndpoint("ApiEndpointInfo.Container", value("ApiEndpointInfo.Component"), "ApiEndpointInfo.Method", "ApiEndpointInfo.Route", value("ApiEndpointInfo.Description"), value("ApiEndpointInfo.Request"), value("ApiEndpointInfo.Response"), value("ApiEndpointInfo.Responses"))),
        };

    private static EquatableArray<T> One<T>(T item)
        where T : IEquatable<T>
        => new[] { item }.ToEquatableArray();

    private static readonly HashSet<string> RequiredFields =
    [
        "PersonElement.Name", "ExternalSystemElement.Name", "ContainerElement.Name", "ComponentElement.Name", "ComponentElement.Container",
        "RelationshipInfo.From", "RelationshipInfo.To", "RelationshipInfo.Description", "TechnologyInfo.Name",
        "DataModelInfo.Name", "DataModelInfo.TypeName", "DataModelInfo.JsonSchema", "ApiEndpointInfo.Container", "ApiEndpointInfo.Method", "ApiEndpointInfo.Route",
    ];

    /// <summary>Every string property of every item holds its own name, "Type.Property", when <paramref name="present"/>, and null otherwise.</summary>
    private static void AssertEveryTextProperty(SystemArchitecture graph, Func<string, bool> present)
    {
        IEnumerable<object> items = [.. graph.People, .. graph.ExternalSystems, .. graph.Containers, .. graph.Components, .. graph.Relationships, .. graph.Technologies, .. graph.DataModels, .. graph.Apis];
        Assert.Equal(8, items.Count());
        foreach (var item in items)
        {
            foreach (var property in item.GetType().GetProperties().Where(property => property.PropertyType == typeof(string)))
            {
                var name = $"{item.GetType().Name}.{property.Name}";
                Assert.Equal(present(name) ? name : null, property.GetValue(item));
            }
        }
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
