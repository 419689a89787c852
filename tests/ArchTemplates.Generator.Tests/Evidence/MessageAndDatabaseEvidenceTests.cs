using ArchTemplates.Generator.Tests.Diagnostics;

namespace ArchTemplates.Generator.Tests.Evidence;

/// <summary>MassTransit messages matched with their consumers, and databases matched with the declared database of their provider.</summary>
public sealed class MessageAndDatabaseEvidenceTests
{
    private const string Contracts = """
        namespace Acme.Contracts
        {
            public sealed record SensorReading(string SensorId);
            public sealed record Envelope<T>(T Body);
        }
        """;

    private const string Processor = """
        [assembly: ArchTemplates.Container("Processor")]
        namespace Acme.Processor
        {
            public partial class Consumers
            {
                [ArchTemplates.Component("Reading Consumer")]
                public sealed partial class ReadingConsumer : MassTransit.IConsumer<Acme.Contracts.SensorReading>
                {
                    public System.Threading.Tasks.Task Consume(MassTransit.ConsumeContext<Acme.Contracts.SensorReading> context) => System.Threading.Tasks.Task.CompletedTask;
                }
            }
        }
        """ + LibraryStubs.MassTransit + Contracts;

    private static GeneratorRun Run(string gateway, string yaml = "title: Sensors\n", string packages = "")
        => new GeneratorHarness().WithYaml(yaml)
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, Processor))
            .WithProjectReference(new TestProject("Acme.Gateway", "src/services/gateway", packages, gateway))
            .Run();

    private static string Gateway(string relationship, string body, string usings = "") => $$"""
        {{usings}}
        [assembly: ArchTemplates.Container("Gateway")]
        {{relationship}}
        namespace Acme.Gateway
        {
            [ArchTemplates.Component("Forwarder")]
            public sealed class Forwarder
            {
        {{body}}
            }
        }
        """ + LibraryStubs.MassTransit + Contracts + LibraryStubs.EntityFramework + LibraryStubs.DatabaseClients;

    [Theory]
    [InlineData("public System.Threading.Tasks.Task Send(MassTransit.IPublishEndpoint bus) => bus.Publish(new Acme.Contracts.SensorReading(\"s\"));")]
    [InlineData("public System.Threading.Tasks.Task Send(Bus bus) => bus.Publish<Acme.Contracts.SensorReading>(new { SensorId = \"s\" });")]
    [InlineData("public System.Threading.Tasks.Task Send(MassTransit.ISendEndpoint queue) => queue.Send(new Acme.Contracts.SensorReading(\"s\"));")]
    [InlineData("public System.Threading.Tasks.Task Send(MassTransit.ConsumeContext context) => context.Publish(new Acme.Contracts.SensorReading(\"s\"));")]
    public void A_message_published_or_sent_to_a_consumer_in_another_container_is_an_async_relationship(string body)
    {
        var run = Run(Gateway(string.Empty, body, "using Bus = MassTransit.IBus;"));

        DiagnosticAssertions.AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Gateway → Processor: Publishes SensorReading to (MassTransit, async) — inferred from code", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_relationship_to_the_consuming_component_is_verified()
    {
        var run = Run(Gateway(
            "[assembly: ArchTemplates.Relationship(\"Reading Consumer\", \"Forwards readings to\", Interaction = ArchTemplates.Interaction.Async)]",
            "public System.Threading.Tasks.Task Send(MassTransit.IBus bus) => bus.Publish(new Acme.Contracts.SensorReading(\"s\"));"));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Gateway → Reading Consumer: Forwards readings to (async) — verified in code", run.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("Publishes SensorReading", run.Document(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public void Send(Acme.Gateway.LocalBus bus) => bus.Publish(new Acme.Contracts.SensorReading(\"s\"));")]
    [InlineData("public System.Threading.Tasks.Task Send<T>(MassTransit.IBus bus, T message) where T : class => bus.Publish(message);")]
    [InlineData("public System.Threading.Tasks.Task Send(MassTransit.IBus bus, object message) => bus.Publish(message);")]
    [InlineData("public System.Threading.Tasks.Task Send(MassTransit.IBus bus) => bus.Publish(new Acme.Contracts.Envelope<string>(\"s\"));")]
    public void A_publish_that_is_not_MassTransit_or_of_no_consumed_type_shows_nothing(string body)
    {
        var run = Run(Gateway(
            "[assembly: ArchTemplates.Relationship(\"Processor\", \"Forwards readings to\")]",
            body) + "\nnamespace Acme.Gateway { public sealed class LocalBus { public void Publish(object message) { } } }");

        DiagnosticAssertions.Single(run, "ARCH207", "/repo/src/services/gateway/File0.cs", 3);
    }

    private const string TwoDatabases = """
        title: Sensors
        containers:
          - name: Readings
            kind: database
            technology: PostgreSQL 16
          - name: Cache
            kind: database
            technology: SQLite
        relationships:
          - from: Forwarder
            to: Readings
            description: Stores readings in
        """;

    [Theory]
    [InlineData("private readonly Npgsql.NpgsqlDataSource _readings = null!;", "")]
    [InlineData("public Forwarder(Microsoft.EntityFrameworkCore.IDbContextFactory<Acme.Gateway.ReadingsDb> readings) { }", "Npgsql.EntityFrameworkCore.PostgreSQL@10.0.0")]
    [InlineData("public Acme.Gateway.ReadingsDb? Readings { get; set; }", "Npgsql.EntityFrameworkCore.PostgreSQL@10.0.0")]
    public void A_database_client_or_context_verifies_the_relationship_to_the_database_of_its_provider(string body, string packages)
    {
        var run = Run(Gateway(string.Empty, body) + "\nnamespace Acme.Gateway { public sealed class ReadingsDb : Microsoft.EntityFrameworkCore.DbContext { } }", TwoDatabases, packages);

        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Forwarder → Readings: Stores readings in — verified in code", run.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("→ Cache", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_of_another_provider_or_none_verifies_nothing()
    {
        var run = Run(
            Gateway(string.Empty, "public Forwarder(Microsoft.Data.Sqlite.SqliteConnection cache, Acme.Gateway.ReadingsDb context) { }")
                + "\nnamespace Acme.Gateway { public sealed class ReadingsDb : Microsoft.EntityFrameworkCore.DbContext { } }",
            TwoDatabases);

        var diagnostic = DiagnosticAssertions.Single(run, "ARCH207", GeneratorHarness.YamlPath, 10);
        Assert.Contains("no EF Core DbContext or database client for PostgreSQL 16 used in Gateway's code", DiagnosticAssertions.Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("- Gateway → Cache: Reads from and writes to (SQLite) — inferred from code", run.Document(), StringComparison.Ordinal);
    }
}
