using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// The archsolution matrix: every option set is scaffolded and built once (the default one is shared with
/// other tests), and everything about it is asserted on that one build: the file list against its
/// baseline, the build with warnings as errors, the scaffold's own tests, the generated document, the
/// architecture.yml against its schema, and the deployment files with real parsers.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed partial class ScaffoldMatrixTests(PackagesFixture packages)
{
    private static readonly Dictionary<string, (string Container, string Component, string Folder, int Tests)> Services = new()
    {
        ["gateway"] = ("Gateway", "Reading Validator", "gateway", 7),
        ["processor"] = ("Processor", "Threshold Evaluator", "processor", 4),
        ["analytics"] = ("Analytics", "Trend Analyzer", "analytics", 3),
        ["notifier"] = ("Notifier", "Alert Formatter", "notifier", 2),
    };

    /// <summary>The scaffold's contract serialization tests, present whatever the services.</summary>
    private const int ContractTests = 2;

    /// <summary>The scaffold's end-to-end tests of the reading pipeline, present when the gateway and the processor are.</summary>
    private const int PipelineTests = 2;

    public static TheoryData<string> OptionSets => [.. OptionSet.Matrix.Select(set => set.Id)];

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Scaffold_matches_its_baseline_builds_passes_its_tests_and_documents_exactly_what_was_chosen(string id)
    {
        var options = OptionSet.Get(id);
        var created = id == "default" ? null : BuiltScaffold.Create(packages, options);
        try
        {
            var scaffold = created ?? BuiltScaffold.Default(packages);
            var root = scaffold.Solution.Root;

            Baseline.Verify($"archsolution-{id}", scaffold.ScaffoldedFiles);
            AssertNoTemplateLeftovers(root, scaffold.ScaffoldedFiles);
            AssertProjectsAndSolution(options, root, scaffold.ScaffoldedFiles);
            var document = ArchitectureDocument.Load(scaffold.Solution.DocumentPath);
            AssertDocument(options, document, scaffold.Solution.DocumentPath, root);
            AssertDiagramsDraw(id, scaffold.Solution.DocumentPath);
            AssertTestsAndCiAsChosen(options, document, root);
            AssertArchitectureYaml(options, root);
            AssertDeployment(options, root);
            AssertScaffoldTests(options, root);
        }
        finally
        {
            created?.Dispose();
        }
    }

    private static void AssertNoTemplateLeftovers(string root, IEnumerable<string> files)
    {
        string[] leftovers = ["Arch-Solution", "Arch_Solution", "arch-solution", "ARCH_", "ARCHTEMPLATES_GENERATOR_VERSION", "__PACKAGE_VERSION__", "#if", "#endif", "<!--#", "//#"];
        foreach (var file in files.Where(file => !file.EndsWith(".png", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(root, file));
            var found = leftovers.Where(leftover => text.Contains(leftover, StringComparison.Ordinal)).ToList();
            Assert.True(found.Count == 0, $"{file} still holds template text {string.Join(", ", found)}:\n{text}");
            Assert.False(leftovers.Take(3).Any(leftover => file.Contains(leftover, StringComparison.Ordinal)), $"The file name {file} was not renamed.");
        }
    }

    private static void AssertProjectsAndSolution(OptionSet options, string root, IReadOnlyList<string> files)
    {
        // Names with dots, hyphens and digits: project files keep the name, namespaces use its safe form.
        var safeNamespace = Regex.Replace(options.Name, "[^A-Za-z0-9_.]", "_");
        var projects = files.Where(file => file.EndsWith(".csproj", StringComparison.Ordinal)).ToList();
        Assert.Contains($"src/{options.Name}.Architecture/{options.Name}.Architecture.csproj", projects);
        Assert.Contains($"src/{options.Name}.Contracts/{options.Name}.Contracts.csproj", projects);
        Assert.Contains($"namespace {safeNamespace}.Contracts;", File.ReadAllText(Path.Combine(root, "src", $"{options.Name}.Contracts", "ContractSerialization.cs")), StringComparison.Ordinal);

        var props = XDocument.Load(Path.Combine(root, "Directory.Build.props"));
        Assert.Equal(options.Framework, props.Descendants("TargetFramework").Single().Value);
        Assert.Equal("true", props.Descendants("TreatWarningsAsErrors").Single().Value);
        Assert.Equal("enable", props.Descendants("Nullable").Single().Value);

        var solutionFile = $"{options.Name}.{options.SolutionFormat}";
        Assert.Equal([solutionFile], files.Where(file => file.EndsWith(".sln", StringComparison.Ordinal) || file.EndsWith(".slnx", StringComparison.Ordinal)));
        var solution = File.ReadAllText(Path.Combine(root, solutionFile)).Replace('\\', '/');
        Assert.Equal(projects.Count, Regex.Count(solution, @"[^""/]+\.csproj"""));
        Assert.All(projects, project => Assert.Contains($"{project}\"", solution, StringComparison.Ordinal));

        Assert.Equal(options.Ci == "github", files.Contains(".github/workflows/ci.yml"));
        Assert.Equal(options.Ci == "azure", files.Contains("azure-pipelines.yml"));
        Assert.Equal(options.Tests, files.Any(file => file.StartsWith("tests/", StringComparison.Ordinal)));
    }

    private static void AssertDocument(OptionSet options, ArchitectureDocument document, string documentPath, string root)
    {
        var lines = document.Text.Split('\n');

        // The title is Markdown-escaped in the heading (a backslash is written twice): read it as a renderer does.
        Assert.Equal(new MarkdownHeading(1, 1, $"Architecture for {options.Title}"), MarkdownCheck.Parse(documentPath).Headings[0]);
        Assert.Contains($"Status: {options.Status}", lines);
        var styleName = char.ToUpperInvariant(options.Style[0]) + options.Style[1..].Replace('-', ' ');
        Assert.Contains($"**Architectural style:** {styleName}", lines);

        // Exactly the chosen services: as containers, or as the host's modules in the single-host styles.
        var chosen = options.ChosenServices.Select(service => Services[service]).ToList();
        var expectedContainers = (options.SingleHost ? ["Host"] : chosen.Select(service => service.Container))
            .Concat(options.UsesDatabase ? ["Database"] : Array.Empty<string>())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expectedContainers, document.Containers().Order(StringComparer.Ordinal));
        Assert.Equal(expectedContainers, document.ComponentViewHeadings().Order(StringComparer.Ordinal));
        var componentView = document.Section("### Component View");
        foreach (var (service, (container, component, _, _)) in Services)
        {
            var isChosen = options.ChosenServices.Contains(service);
            var hasSample = isChosen && options.Sample;
            Assert.True(hasSample == componentView.Contains($"| {component} |", StringComparison.Ordinal), $"The Component View {(hasSample ? "lacks" : "shows")} {component} ({service}):\n{componentView}");
            if (options.SingleHost)
            {
                Assert.True(isChosen == componentView.Contains($"| {container} |", StringComparison.Ordinal), $"The host's components {(isChosen ? "lack" : "include")} the module {container}:\n{componentView}");
            }
        }

        // Only the processor stores readings and alerts: without it, the database is only read.
        Assert.Equal(options.Sample && options.ChosenServices.Contains("processor"), document.Section("### Containers").Contains("| Stores readings and alerts |", StringComparison.Ordinal));

        // The sensor and the database are there only with the services that talk to them.
        Assert.Equal(options.Sample && options.ChosenServices.Contains("gateway"), document.Text.Contains("System_Ext(e_sensor", StringComparison.Ordinal));

        // Every relationship the code can show (all but those with the operator and the sensor) is verified in code.
        Assert.All(document.UnverifiedRelationships(), relationship => Assert.Matches(DefaultDocumentTests.WithAPersonOrExternalSystem, relationship));

        // The summary names the message bus and the database only where the chosen services use them.
        var summary = document.Section("## Technical Summary");
        Assert.Equal(options.UsesBroker, summary.Contains("MassTransit", StringComparison.Ordinal));
        Assert.Equal(options.UsesDatabase, summary.Contains("EF Core", StringComparison.Ordinal));

        var diagrams = document.Section("## Architectural Diagrams, Data Models, Schemas");
        var hasSequence = options.Sample && options.ChosenServices.Contains("gateway") && options.ChosenServices.Contains("processor");
        Assert.Equal(hasSequence, diagrams.Contains("### Sequence Diagram for Recording Alerts", StringComparison.Ordinal));
        Assert.Equal(hasSequence && options.ChosenServices.Contains("notifier"), diagrams.Contains("Format alert message", StringComparison.Ordinal));
        // Only what the code does: the gateway answers 202 before processing, and nothing reports back to it.
        Assert.DoesNotContain("notification status", document.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("processing result", document.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TimescaleDB", document.Text, StringComparison.Ordinal);
        Assert.Equal(options.Sample && options.ChosenServices.Contains("analytics"), diagrams.Contains("| GET | `/trends` |", StringComparison.Ordinal));
        Assert.Equal(options.Sample, diagrams.Contains("### Sensor Reading Schema", StringComparison.Ordinal));
        Assert.Equal(options.Sample, diagrams.Contains("\"sensor_id\"", StringComparison.Ordinal));
        Assert.Equal(options.Sample && options.ChosenServices.Contains("gateway"), diagrams.Contains("| POST | `/readings` |", StringComparison.Ordinal));
        // Without the sample the document names nothing of it.
        foreach (var word in new[] { "reading", "alert", "threshold", "trend", "sensor" })
        {
            Assert.True(options.Sample || !document.Text.Contains(word, StringComparison.OrdinalIgnoreCase), $"Without the sample, the document still says '{word}':\n{document.Text}");
        }

        var structure = document.Section("## Project Structure");
        foreach (var (service, (_, _, folder, _)) in Services)
        {
            // A monolith has no service projects: its services are folders of the host project.
            Assert.Equal(options.Style != "monolith" && options.ChosenServices.Contains(service), structure.Contains($"── {folder}/", StringComparison.Ordinal));
        }

        // The Infrastructure section lists exactly the deployment files that exist.
        var deployFiles = Directory.Exists(Path.Combine(root, "deploy"))
            ? Baseline.FileList(Path.Combine(root, "deploy")).Select(file => "deploy/" + file).ToList()
            : [];
        Assert.Equal(deployFiles, document.DeploymentFiles());
        Assert.Equal(options.Kubernetes, deployFiles.Any(file => file.StartsWith("deploy/kubernetes/", StringComparison.Ordinal)));
        Assert.Equal(options.Terraform, deployFiles.Any(file => file.StartsWith("deploy/terraform/", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The document, the README and the CI workflow say the same about the tests and CI as what was scaffolded:
    /// no tests claimed without a tests project, no CI claimed without a workflow, xUnit at the version the tests use.
    /// </summary>
    /// <summary>
    /// Every diagram renders in the real Mermaid renderer and draws every label it declares (one browser per
    /// document). The default set's document is rendered by <see cref="DefaultDocumentTests"/>.
    /// </summary>
    private static void AssertDiagramsDraw(string id, string documentPath)
    {
        if (id == "default")
        {
            return;
        }

        using var svg = new TempDirectory("matrix-svg");
        MermaidCheck.AssertEveryBlockRenders(documentPath, svg.Path);
    }

    private static void AssertTestsAndCiAsChosen(OptionSet options, ArchitectureDocument document, string root)
    {
        var testing = document.Section("## Testing Requirements and Framework");
        var xunitVersion = XDocument.Load(Path.Combine(root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == "xunit").Attribute("Version")!.Value;
        Assert.Equal(options.Tests, testing.Contains($"| xUnit | {xunitVersion} | Unit tests |", StringComparison.Ordinal));
        Assert.Equal(!options.Tests, testing.Contains("No automated tests yet", StringComparison.Ordinal));
        foreach (var claim in new[] { "xUnit", "unit tests", "tests/", "dotnet test", "runs the tests" })
        {
            Assert.True(options.Tests || !document.Text.Contains(claim, StringComparison.OrdinalIgnoreCase), $"Without tests, the document still says '{claim}':\n{document.Text}");
        }

        var cicd = document.Text.Split('\n').Single(line => line.StartsWith("**CI/CD:** ", StringComparison.Ordinal));
        var pipeline = options.Ci switch
        {
            "github" => "GitHub Actions (.github/workflows/ci.yml)",
            "azure" => "Azure Pipelines (azure-pipelines.yml)",
            _ => "No pipeline yet",
        };
        Assert.StartsWith("**CI/CD:** " + pipeline, cicd, StringComparison.Ordinal);
        Assert.Equal(options.Tests && options.Ci != "none", cicd.Contains("runs the tests", StringComparison.Ordinal));
        Assert.Equal(options.Ci != "none", document.Text.Contains("CI fails when docs/architecture.md is stale", StringComparison.Ordinal));

        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.Equal(options.Ci != "none", readme.Contains("- CI builds with warnings as errors", StringComparison.Ordinal));
        Assert.Equal(options.Tests, readme.Contains("dotnet test", StringComparison.Ordinal));
        Assert.Equal(options.Tests && options.Ci != "none", readme.Contains("runs the tests", StringComparison.Ordinal));

        var workflowFile = options.Ci switch
        {
            "github" => Path.Combine(root, ".github", "workflows", "ci.yml"),
            "azure" => Path.Combine(root, "azure-pipelines.yml"),
            _ => null,
        };
        if (workflowFile is not null)
        {
            var workflow = File.ReadAllText(workflowFile);
            Assert.Equal(options.Tests, workflow.Contains("dotnet test --no-build", StringComparison.Ordinal));
            Assert.Equal(options.Tests, workflow.Contains("runs the tests", StringComparison.OrdinalIgnoreCase));
            if (options.Framework != "net10.0")
            {
                // The .NET 10 SDK builds every target framework; the older runtime ("net8.0" → 8.0.x) only runs the tests.
                Assert.Equal(options.Tests, workflow.Contains(options.Framework[3..] + ".x", StringComparison.Ordinal));
            }
        }
    }

    private static void AssertArchitectureYaml(OptionSet options, string root)
    {
        var yaml = File.ReadAllText(Path.Combine(root, "architecture.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=./architecture.schema.json\n", yaml, StringComparison.Ordinal);
        Assert.Contains($"\n  name: {options.Style}\n", yaml, StringComparison.Ordinal);

        var (valid, errors) = JsonSchemaCheck.Validate(Path.Combine(root, "architecture.schema.json"), YamlJson.Convert(yaml));
        Assert.True(valid, "architecture.yml does not match architecture.schema.json:\n" + string.Join("\n", errors));
    }

    private static void AssertDeployment(OptionSet options, string root)
    {
        var kubernetes = Path.Combine(root, "deploy", "kubernetes");
        Assert.Equal(options.Kubernetes, Directory.Exists(kubernetes));
        if (options.Kubernetes)
        {
            var manifests = Directory.GetFiles(kubernetes, "*.yaml").Order(StringComparer.Ordinal).ToList();
            // The broker and the database only where a chosen service uses them.
            string[] servers = [.. options.UsesBroker ? ["broker"] : Array.Empty<string>(), .. options.UsesDatabase ? ["database"] : Array.Empty<string>()];
            Assert.Equal(
                options.Workloads.Concat(servers).Append("namespace").Order(StringComparer.Ordinal),
                manifests.Select(Path.GetFileNameWithoutExtension));
            var results = manifests.SelectMany(KubernetesCheck.Validate).ToList();
            Assert.All(results, result => Assert.True(result.Ok, result.ToString()));
            Assert.Equal(
                options.Workloads.Order(StringComparer.Ordinal),
                results.Where(result => result.Kind == "Deployment").Select(result => result.Name!).Order(StringComparer.Ordinal));
            var kubernetesName = Regex.Replace(options.Name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
            Assert.Contains(results, result => result.Kind == "Namespace" && result.Name == kubernetesName);
            Assert.Equal(servers, results.Where(result => result.Kind == "StatefulSet").Select(result => result.Name!).Order(StringComparer.Ordinal));
            var settings = DeployedSettings.OfKubernetesDeployments(kubernetes);
            Assert.Equal(options.Workloads.Order(StringComparer.Ordinal), settings.Keys.Select(container => container.Split('/')[0]).Order(StringComparer.Ordinal));
            Assert.All(settings, container => Assert.Equal(DeployedSettings.ExpectedFor(options.Uses(container.Key.Split('/')[0])), container.Value));
        }

        var terraform = Path.Combine(root, "deploy", "terraform");
        Assert.Equal(options.Terraform, Directory.Exists(terraform));
        if (options.Terraform)
        {
            var parsed = Directory.GetFiles(terraform, "*.tf").Order(StringComparer.Ordinal).Select(TerraformCheck.Parse).ToList();
            Assert.Equal(["main.tf", "outputs.tf", "variables.tf", "versions.tf"], parsed.Select(result => Path.GetFileName(result.File)));
            Assert.All(parsed, result => Assert.True(result.Ok, $"{result.File}: {result.Error}"));
            var main = parsed.Single(result => Path.GetFileName(result.File) == "main.tf").Json!.Value;
            var services = main.GetProperty("locals").EnumerateArray().Single(locals => locals.TryGetProperty("services", out _)).GetProperty("services");
            Assert.Equal(options.Workloads.Order(StringComparer.Ordinal), services.EnumerateObject().Select(service => service.Name).Order(StringComparer.Ordinal));
            var deployed = DeployedSettings.OfTerraformDeployments(main);
            Assert.All(options.Workloads, workload => Assert.Equal(DeployedSettings.ExpectedFor(options.Uses(workload)), deployed[workload]));
            var variables = parsed.Single(result => Path.GetFileName(result.File) == "variables.tf").Json!.Value.GetProperty("variable");
            string[] secrets = [.. options.UsesBroker ? ["broker_connection_string"] : Array.Empty<string>(), .. options.UsesDatabase ? ["database_connection_string"] : Array.Empty<string>()];
            Assert.Equal(secrets, variables.EnumerateObject().Select(variable => variable.Name).Where(name => name.EndsWith("_connection_string", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.All(secrets, secret => Assert.True(variables.GetProperty(secret)[0].GetProperty("sensitive").GetBoolean(), $"{secret} is not sensitive."));
        }
    }

    private static void AssertScaffoldTests(OptionSet options, string root)
    {
        if (!options.Tests)
        {
            return;
        }

        // Only the .NET 10 runtime may be installed: older target frameworks run on it.
        var result = ProcessRunner.Run("dotnet", ["test", "--no-build"], root, environment: new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" }).EnsureSuccess();
        var passed = PassedCount().Matches(result.Output).Sum(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (!options.Sample)
        {
            // The one test of a scaffold without the sample: the host starts and answers /health.
            Assert.Equal(1, passed);
            return;
        }

        var pipeline = options.ChosenServices.Contains("gateway") && options.ChosenServices.Contains("processor") ? PipelineTests : 0;
        Assert.Equal(ContractTests + pipeline + options.ChosenServices.Sum(service => Services[service].Tests), passed);
    }

    [GeneratedRegex(@"Passed:\s+(\d+)")]
    private static partial Regex PassedCount();
}
