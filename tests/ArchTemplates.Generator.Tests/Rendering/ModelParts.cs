using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Tests.Rendering;

/// <summary>
/// Merged models built directly, so rendering can be tested section by section: each part fills one section
/// (or one piece of a section) of an otherwise untouched model.
/// </summary>
internal static class ModelParts
{
    public static readonly ArchitectureModel Empty = ArchitectureModel.TitleOnly(ArchitectureDefinition.Empty);

    /// <summary>Every part, in document order. Texts are one line each, so any two adjacent text lines in a rendering are a layout error.</summary>
    public static readonly IReadOnlyList<(string Name, Func<ArchitectureModel, ArchitectureModel> Fill)> All =
    [
        ("summary", model => model with { Summary = "Sensors send readings to a gateway." }),
        ("technologies", model => model with { Technologies = Array(new Technology("TimescaleDB", "2.14", "Time-series storage", null), new Technology("Polly", null, null, null)) }),
        ("style", model => model with { Style = new ArchitecturalStyle("layered", null) }),
        ("justified style", model => model with { Style = new ArchitecturalStyle("microservices", "Parts scale independently.") }),
        ("people and external systems", model => model with
        {
            People = Array(new Person("Operator", "Watches alerts")),
            ExternalSystems = Array(new ExternalSystem("Sensor", null, "HTTPS")),
        }),
        ("containers", model => model with
        {
            Containers = Array(
                new Container("Database", null, null, ContainerKind.Database, null),
                new Container("Gateway", "Ingests readings", "ASP.NET Core", ContainerKind.Service, "Acme.Gateway"),
                new Container("Processor", "Processes readings", null, ContainerKind.Service, "Acme.Processor")),
            Components = Array(
                Component("Readings Endpoint", "Gateway"),
                Component("Reading Validator", "Gateway")),
            Relationships = Array(
                new Relationship(new("Gateway"), new("Processor"), "Forwards readings to", "HTTP/JSON", false),
                new Relationship(new("Processor"), new("Database"), "Stores readings in", null, true),
                new Relationship(new("Readings Endpoint"), new("Reading Validator"), "Validates readings with", null, false)),
        }),
        ("sequences", model => model with
        {
            Sequences = Array(
                new Sequence("Recording", "How a reading is stored.", Array("Gateway", "Processor"), Array<SequenceStep>(new MessageStep("Gateway", "Processor", "Forward reading", MessageKind.Call))),
                new Sequence("Alerting", null, Array("Processor"), Array<SequenceStep>(new MessageStep("Processor", "Processor", "Evaluate", MessageKind.Call)))),
        }),
        ("data models", model => model with
        {
            DataModels = Array(
                new DataModel("Sensor Reading", "Acme.SensorReading", "One measurement", "{\n  \"type\": \"object\"\n}\n"),
                new DataModel("Alert", "Acme.Alert", null, "{\n  \"type\": \"object\"\n}\n")),
        }),
        ("apis", model => model with
        {
            Apis = Array(new ApiEndpoint("Gateway", "Readings Endpoint", "POST", "/readings", "Send a reading", "SensorReading", null, "202, 400"), new ApiEndpoint("Gateway", null, "GET", "/health", null, null, null, null)),
        }),
        ("structure", model => model with { Structure = model.Structure with { Folders = Array(new FolderDescription("src", "Sources"), new FolderDescription("src/gateway", null)) } }),
        ("testing summary", model => model with { Testing = model.Testing with { Summary = "Every service has unit tests." } }),
        ("testing frameworks", model => model with { Testing = model.Testing with { Frameworks = Array(new Technology("xunit", "2.9.3", "Unit tests", null)) } }),
        ("testing requirements", model => model with { Testing = model.Testing with { Requirements = Array("Rules are unit tested", "Endpoints have contract tests") } }),
        ("patterns", model => model with { Patterns = Patterns.Empty with { Architectural = Array("Repository"), ErrorHandling = Array("Problem details", "Retries") } }),
        ("setup", model => model with
        {
            Setup = Array(
                new SetupStep("Install the SDK", "Version 10", "dotnet --version\ndotnet --info"),
                new SetupStep("Create the database", null, null),
                new SetupStep("Seed it", null, null)),
        }),
        ("infrastructure summary", model => model with { Infrastructure = model.Infrastructure with { Summary = "Kubernetes on any cloud." } }),
        ("infrastructure resources", model => model with { Infrastructure = model.Infrastructure with { Resources = Array(new InfrastructureResource("Cluster", "Runs the services")) } }),
        ("ci/cd", model => model with { Infrastructure = model.Infrastructure with { CiCd = "GitHub Actions." } }),
        ("deploy files", model => model with { Structure = model.Structure with { DeployFiles = Array("deploy/gateway.yaml") } }),
        ("changelog", model => model with { ChangeLog = Array(new ChangeEntry("2026-11-25", "0.1", "First draft", null)) }),
    ];

    public static ArchitectureModel Fill(ArchitectureModel model, IEnumerable<string> parts)
        => All.Where(part => parts.Contains(part.Name)).Aggregate(model, (filled, part) => part.Fill(filled));

    public static Component Component(string name, string container) => new(name, new ElementReference(container), $"The {name}", null, null);

    public static EquatableArray<T> Array<T>(params T[] items)
        where T : IEquatable<T>
        => items.ToEquatableArray();
}
