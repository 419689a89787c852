namespace ArchTemplates.Generator.Tests.Evidence;

/// <summary>A module library of a host container (the single-host styles): its components' code is evidence for them.</summary>
public sealed class ModuleEvidenceTests
{
    [Fact]
    public void A_primary_constructor_parameter_of_a_module_component_verifies_its_database_relationship()
    {
        const string host = "[assembly: ArchTemplates.Container(\"Host\")]\nnamespace Acme.Host { public static class Marker { } }";
        const string module = """
            namespace Acme.Processor
            {
                [ArchTemplates.Component("Reading Consumer", Container = "Host")]
                [ArchTemplates.Relationship("Database", "Stores readings in")]
                public sealed class ReadingConsumer(Acme.Processor.ReadingsDb database)
                {
                    public object Db => database;
                }

                public sealed class ReadingsDb : Microsoft.EntityFrameworkCore.DbContext { }
            }
            """ + LibraryStubs.EntityFramework;
        var run = new GeneratorHarness().WithYaml("title: Sensors\ncontainers:\n  - name: Database\n    kind: database\n    technology: SQLite\n")
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, module))
            .WithProjectReference(new TestProject("Acme.Host", "src/Acme.Host", string.Empty, host))
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Reading Consumer → Database: Stores readings in — verified in code", run.Document(), StringComparison.Ordinal);
    }

    private const string Contracts = """
        namespace Acme.Contracts { public sealed record SensorReading(string SensorId); }
        """;

    private static string GatewayModule(string publish) => $$"""
        namespace Acme.Gateway
        {
            [ArchTemplates.Component("Gateway", Container = "Host")]
            [ArchTemplates.Relationship("Readings Endpoint", "Receives readings through")]
            [ArchTemplates.Relationship("Processor", "Publishes readings to", Interaction = ArchTemplates.Interaction.Async)]
            public static class GatewayModule
            {
                public static object Map() => new ReadingsEndpoint();
            }

            [ArchTemplates.Component("Readings Endpoint", Container = "Host")]
            public sealed class ReadingsEndpoint
            {
                {{publish}}
            }
        }
        """;

    private const string ProcessorModule = """
        namespace Acme.Processor
        {
            [ArchTemplates.Component("Processor", Container = "Host")]
            [ArchTemplates.Relationship("Reading Consumer", "Consumes readings with")]
            public static class ProcessorModule
            {
                public static void Register() => AddConsumer<ReadingConsumer>();

                private static void AddConsumer<T>() { }
            }

            [ArchTemplates.Component("Reading Consumer", Container = "Host")]
            public sealed class ReadingConsumer : MassTransit.IConsumer<Acme.Contracts.SensorReading>
            {
                public System.Threading.Tasks.Task Consume(MassTransit.ConsumeContext<Acme.Contracts.SensorReading> context) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    [Theory]
    [InlineData("public System.Threading.Tasks.Task Accept(MassTransit.IPublishEndpoint bus) => bus.Publish(new Acme.Contracts.SensorReading(\"s\"));", true)]
    [InlineData("public void Accept() { }", false)]
    public void A_message_one_module_s_component_publishes_and_another_s_consumes_verifies_the_relationship_between_the_modules(string publish, bool verified)
    {
        const string host = "[assembly: ArchTemplates.Container(\"Host\")]\nnamespace Acme.Host { public static class Marker { } }";
        var run = new GeneratorHarness().WithYaml("title: Sensors\n")
            .WithProjectReference(new TestProject("Acme.Contracts", "src/Acme.Contracts", string.Empty, Contracts, LibraryStubs.MassTransit))
            .WithProjectReference(new TestProject("Acme.Gateway", "src/services/gateway", string.Empty, GatewayModule(publish)))
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, ProcessorModule))
            .WithProjectReference(new TestProject("Acme.Host", "src/Acme.Host", string.Empty, host))
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = run.Document();
        Assert.Contains("- Gateway → Readings Endpoint: Receives readings through — verified in code", document, StringComparison.Ordinal);
        Assert.Contains("- Processor → Reading Consumer: Consumes readings with — verified in code", document, StringComparison.Ordinal);
        Assert.Contains("- Gateway → Processor: Publishes readings to (async)" + (verified ? " — verified in code" : "\n"), document, StringComparison.Ordinal);
    }
}
