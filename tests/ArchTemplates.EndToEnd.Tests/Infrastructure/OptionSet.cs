namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>One way of instantiating archsolution, with what the result must contain.</summary>
public sealed record OptionSet(
    string Id,
    string Name,
    string Style = "microservices",
    string[]? Services = null,
    string Framework = "net10.0",
    string Deploy = "both",
    bool Tests = true,
    string Ci = "github",
    string SolutionFormat = "slnx",
    string Status = "Draft",
    string Title = "Sensor Monitoring Platform",
    bool Sample = true)
{
    public static readonly string[] AllServices = ["gateway", "processor", "analytics", "notifier"];

    /// <summary>The matrix: every value of every choice option appears at least once, and every --ci choice with and without tests.</summary>
    public static readonly IReadOnlyList<OptionSet> Matrix =
    [
        new("default", "Acme.Sensors"),
        new("modular-monolith", "Acme.Sensors", Style: "modular-monolith", Services: ["gateway", "processor"], Deploy: "kubernetes", Ci: "azure", SolutionFormat: "sln"),
        new("monolith", "Acme.Sensors", Style: "monolith", Deploy: "terraform", Tests: false, Ci: "none", Status: "Approved"),
        new("serverless-net9", "My-Company.Sensors2", Style: "serverless", Framework: "net9.0", Title: "Edge \"Sensors\" \\ Cloud"),
        new("no-gateway-net8", "Acme.Sensors", Services: ["processor", "notifier"], Framework: "net8.0", Deploy: "none", SolutionFormat: "sln"),
        new("gateway-only", "Acme.Sensors", Services: ["gateway"], Deploy: "kubernetes", Tests: false, Ci: "azure"),
        new("modular-monolith-net8", "Fleet9.Telemetry", Style: "modular-monolith", Services: ["analytics", "notifier"], Framework: "net8.0", Deploy: "terraform", Ci: "azure"),
        new("serverless-subset", "Acme.Sensors", Style: "serverless", Services: ["gateway", "processor"], Deploy: "kubernetes", Ci: "none", SolutionFormat: "sln"),
        new("monolith-net9", "Acme.Sensors", Style: "monolith", Services: ["gateway", "notifier"], Framework: "net9.0", Deploy: "none", Tests: false),
        new("analytics-only", "Acme.Sensors", Services: ["analytics"], Deploy: "terraform", Status: "Approved"),
        new("no-sample", "Acme.Blank", Title: "Blank Platform", Sample: false),
        new("no-sample-modular", "Acme.Blank", Title: "Blank Platform", Style: "modular-monolith", Services: ["gateway", "notifier"], Framework: "net8.0", Deploy: "kubernetes", Ci: "azure", Sample: false),
    ];

    public IReadOnlyList<string> ChosenServices => Services ?? AllServices;

    public bool SingleHost => Style is "modular-monolith" or "monolith";

    public bool Kubernetes => Deploy is "kubernetes" or "both";

    public bool Terraform => Deploy is "terraform" or "both";

    /// <summary>Whether a chosen service uses the message broker: the gateway publishes, the processor and the notifier consume.</summary>
    public bool UsesBroker => Sample && ChosenServices.Any(service => service is "gateway" or "processor" or "notifier");

    /// <summary>Whether a chosen service uses the database: the processor stores, analytics reads.</summary>
    public bool UsesDatabase => Sample && ChosenServices.Any(service => service is "processor" or "analytics");

    /// <summary>What a workload uses: the host, what its services use; a service, its own.</summary>
    public (bool Broker, bool Database) Uses(string workload)
        => workload == "host" ? (UsesBroker, UsesDatabase) : (Sample && workload != "analytics", Sample && workload is "processor" or "analytics");

    /// <summary>The deployable workloads: the host in the single-host styles, otherwise one per service.</summary>
    public IReadOnlyList<string> Workloads => SingleHost ? ["host"] : ChosenServices;

    public string[] Arguments =>
    [
        "--title", Title,
        "--status", Status,
        "--style", Style,
        "--services", .. ChosenServices,
        "--framework", Framework,
        "--deploy", Deploy,
        "--tests", Tests ? "true" : "false",
        "--ci", Ci,
        "--solution-format", SolutionFormat,
        "--sample", Sample ? "true" : "false",
    ];

    public static OptionSet Get(string id) => Matrix.Single(set => set.Id == id);

    public override string ToString() => Id;
}

/// <summary>A scaffold, the files the template created (before any build) and its successful build.</summary>
public sealed class BuiltScaffold : IDisposable
{
    private BuiltScaffold(OptionSet options, ScaffoldedSolution solution, IReadOnlyList<string> files, ProcessResult build)
    {
        Options = options;
        Solution = solution;
        ScaffoldedFiles = files;
        Build = build;
    }

    public OptionSet Options { get; }

    public ScaffoldedSolution Solution { get; }

    /// <summary>What dotnet new wrote, sorted; without the nuget.config the tests add.</summary>
    public IReadOnlyList<string> ScaffoldedFiles { get; }

    public ProcessResult Build { get; }

    public static BuiltScaffold Create(PackagesFixture packages, OptionSet options)
    {
        var solution = packages.Scaffold(options.Name, options.Arguments);
        try
        {
            var files = Baseline.FileList(solution.Root, "nuget.config");
            var build = solution.Build().EnsureSuccess();
            return new BuiltScaffold(options, solution, files, build);
        }
        catch
        {
            solution.Dispose();
            throw;
        }
    }

    /// <summary>The default scaffold, built once per test run and shared by every test that needs it.</summary>
    public static BuiltScaffold Default(PackagesFixture packages)
        => packages.Shared("archsolution-default", () => Create(packages, OptionSet.Get("default")));

    public void Dispose() => Solution.Dispose();
}
