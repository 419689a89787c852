using ArchTemplates.Generator.Tests.Evidence;

namespace ArchTemplates.Generator.Tests.Scenarios;

/// <summary>The sensor monitoring system of the architecture template's examples, as yml and annotated code.</summary>
internal static class SensorSystem
{
    public const string Yaml = """
        title: Sensor Monitoring Platform
        status: Draft
        summary: |
          Sensors send readings to a gateway. A processor validates them, stores them in a time-series
          database and raises alerts that the notifier delivers.
        style:
          name: microservices
          justification: Ingestion, processing and notification scale independently.
        people:
          - name: Operator
            description: Watches sensors and acknowledges alerts
        externalSystems:
          - name: Sensor
            description: Field device that reports readings
            technology: HTTPS
        containers:
          - name: Database
            description: Stores readings and alerts
            technology: TimescaleDB
            kind: database
        relationships:
          - from: Sensor
            to: Gateway
            description: Sends readings to
            technology: HTTPS/JSON
          - from: Notifier
            to: Operator
            description: Alerts
            interaction: async
        technologies:
          - name: TimescaleDB
            version: "2.14"
            description: Time-series storage for readings
        sequences:
          - name: Recording Alerts
            steps:
              - Sensor -> Gateway: Send sensor reading
              - Gateway -> Processor: Forward reading data
              - Processor -> Processor: Validate & analyze data
              - alt:
                  - when: Is threshold exceeded
                    steps:
                      - Processor -> Database: Store alert
                      - Processor -> Notifier: Trigger notification
                      - Notifier -> Notifier: Format alert message
                      - Notifier --> Gateway: Send notification status
                  - else: Normal reading
                    steps:
                      - Processor -> Database: Store reading only
              - Database --> Processor: Confirm storage
              - Processor --> Gateway: Return processing result
              - Gateway --> Sensor: Send acknowledgement
        testing:
          summary: Every service has unit tests; the gateway has contract tests.
          frameworks:
            - name: xunit
              version: "2.9.3"
              description: Unit tests
          requirements:
            - Threshold rules are covered by unit tests
        patterns:
          architectural: [Repository for data access, Hosted workers for background processing]
          apiDesign: REST with JSON bodies, versioned by URL prefix
          coding: .editorconfig with warnings as errors
          errorHandling: RFC 7807 problem details for API errors
        setup:
          - title: Install the .NET SDK
            command: dotnet --version
          - Create the database
        infrastructure:
          summary: Kubernetes on any cloud
          resources:
            - name: Kubernetes cluster
              purpose: Runs the services
          cicd: GitHub Actions builds, tests and checks the document
        structure:
          src/services: The deployable services
        changelog:
          - date: "2026-11-25"
            version: "0.1"
            description: First draft
            author: Architecture team
        """;

    public const string Gateway = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using ArchTemplates;

        [assembly: Container("Gateway", Description = "Sensor data ingestion", Technology = "ASP.NET Core")]
        [assembly: Relationship("Processor", "Forwards readings to", Technology = "HTTP/JSON")]
        [assembly: Api("POST", "/readings", Description = "Send a sensor reading", Request = typeof(Acme.Sensors.Gateway.SensorReading), Responses = "202, 400")]

        namespace Acme.Sensors.Gateway
        {
            [Component("Readings Endpoint", Description = "Accepts readings from sensors")]
            [Relationship(ArchitectureModel.Components.ReadingValidator, "Validates readings with")]
            public sealed class ReadingsEndpoint(System.Net.Http.HttpClient processor)
            {
                public System.Threading.Tasks.Task Accept(SensorReading reading) => processor.PostAsync("/readings", null);
            }

            public static class StatusEndpoints
            {
                public static void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
                    => Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapPost(endpoints, "/notifications/{id}/status", () => "accepted");
            }

            [Component("Reading Validator", Description = "Rejects malformed readings")]
            public sealed class ReadingValidator { }

            /// <summary>One measurement sent by a sensor.</summary>
            [DataModel("Sensor Reading", Description = "One measurement sent by a sensor", Naming = JsonNaming.SnakeCaseLower)]
            public sealed record SensorReading(string SensorId, DateTimeOffset Timestamp, Readings Readings, ReadingMetadata? Metadata);

            public sealed record Readings(double Temperature, double Pressure, double Humidity);

            public sealed record ReadingMetadata(string Location, DateTimeOffset CalibrationDate, IReadOnlyList<string> Tags, Severity Severity);

            [JsonConverter(typeof(JsonStringEnumConverter))]
            public enum Severity { Low, High }
        }
        """ + LibraryStubs.AspNetCore;

    public const string Processor = """
        using System.Threading.Tasks;
        using Acme.Sensors.Contracts;
        using ArchTemplates;
        using MassTransit;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.EntityFrameworkCore;

        [assembly: Container("Processor", Description = "Data processing and validation", Technology = ".NET Worker")]
        [assembly: Relationship("Database", "Stores readings and alerts in", Technology = "SQL")]
        [assembly: Relationship("Notifier", "Triggers notifications through", Technology = "AMQP", Interaction = Interaction.Async)]

        namespace Acme.Sensors.Processor
        {
            [Component("Threshold Evaluator", Description = "Compares readings with thresholds and raises alerts")]
            public sealed class ThresholdEvaluator(IDbContextFactory<ReadingsDb> database, IPublishEndpoint bus)
            {
                public Task Evaluate(Alert alert)
                {
                    using var readings = database.CreateDbContext();
                    return bus.Publish(alert);
                }
            }

            public sealed class ReadingsDb : DbContext { }

            public static class ProcessingEndpoints
            {
                public static void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => endpoints.MapPost("/readings", () => "processed");
            }
        }

        namespace Acme.Sensors.Contracts
        {
            public sealed record Alert(string SensorId);
        }
        """ + LibraryStubs.EntityFramework + LibraryStubs.MassTransit + LibraryStubs.AspNetCore;

    public const string Notifier = """
        using ArchTemplates;

        [assembly: Container("Notifier", Description = "Alert and notification system", Technology = ".NET Worker")]

        namespace Acme.Sensors.Notifier
        {
            [Component("Alert Formatter", Description = "Formats alert messages")]
            public sealed class AlertFormatter(System.Net.Http.HttpClient gateway) : MassTransit.IConsumer<Acme.Sensors.Contracts.Alert>
            {
                public System.Threading.Tasks.Task Consume(MassTransit.ConsumeContext<Acme.Sensors.Contracts.Alert> context)
                    => gateway.PostAsync("/notifications/" + "42" + "/status", null);
            }
        }

        namespace Acme.Sensors.Contracts
        {
            public sealed record Alert(string SensorId);
        }
        """ + LibraryStubs.MassTransit;

    /// <summary>Runs the generator as the documentation project of the sensor system sees it: three referenced service projects.</summary>
    public static GeneratorRun Render() => Harness().Run();

    /// <summary>The documentation project of the sensor system, ready to run (with more properties if a test needs them).</summary>
    public static GeneratorHarness Harness()
        => new GeneratorHarness()
            .WithYaml(Yaml)
            .WithProperty("TargetFramework", "net10.0")
            .WithListing("""
                d deploy
                d deploy/kubernetes
                d docs
                d docs/schemas
                d src
                d src/Acme.Sensors.Architecture
                d src/services
                d src/services/gateway
                d src/services/notifier
                d src/services/processor
                f deploy/kubernetes/gateway.yaml
                """)
            .WithProjectReference(new TestProject("Acme.Sensors.Processor", "src/services/processor", "Microsoft.Extensions.Hosting@10.0.0", Processor))
            .WithProjectReference(new TestProject("Acme.Sensors.Notifier", "src/services/notifier", "Microsoft.Extensions.Hosting@10.0.0", Notifier))
            .WithProjectReference(new TestProject("Acme.Sensors.Gateway", "src/services/gateway", "Swashbuckle.AspNetCore@10.0.1", Gateway));
}
