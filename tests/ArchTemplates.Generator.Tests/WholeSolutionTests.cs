namespace ArchTemplates.Generator.Tests;

/// <summary>The documentation project sees the architecture declared in the projects it references.</summary>
public sealed class WholeSolutionTests
{
    private const string Yaml = "title: Sensors\n";

    private const string Processor = """
        [assembly: ArchTemplates.Container("Processor", Description = "Validates readings")]
        namespace Acme.Processor
        {
            [ArchTemplates.Component("Threshold Evaluator", Description = "Raises alerts")]
            [ArchTemplates.Relationship("Gateway", "Reports results to")]
            public sealed class ThresholdEvaluator(System.Net.Http.HttpClient gateway)
            {
                public System.Threading.Tasks.Task Report() => gateway.PostAsync("/results", null);
            }

            [ArchTemplates.DataModel("Alert")]
            public sealed record Alert(string SensorId, double Value);
        }
        """;

    private const string Gateway = "[assembly: ArchTemplates.Container(\"Gateway\")]\n[assembly: ArchTemplates.Api(\"POST\", \"/results\")]";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Declarations_of_referenced_projects_appear_whether_or_not_they_were_built_with_the_generator(bool builtWithGenerator)
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Acme.Gateway", "src/services/gateway", string.Empty, Gateway), builtWithGenerator)
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, Processor), builtWithGenerator)
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = run.Document();
        Assert.Contains("| Processor |  | Validates readings |", document, StringComparison.Ordinal);
        Assert.Contains("| Threshold Evaluator | Raises alerts |", document, StringComparison.Ordinal);
        Assert.Contains("- Threshold Evaluator → Gateway: Reports results to", document, StringComparison.Ordinal);
        Assert.Contains("### Alert Schema", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_whose_names_the_compiler_options_would_cut_short_keep_their_projects_and_schemas()
    {
        // '#' and ';' start a comment in the compiler's .editorconfig; the targets pass paths percent-encoded.
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithPath("Root", "/repo/C# apps; 100%/")
            .WithPath("ProjectDir", "/repo/C# apps; 100%/src/Acme.Sensors.Architecture/")
            .WithPath("SchemasPath", "/repo/C# apps; 100%/docs/C# schemas/")
            .WithProjectReference(new TestProject("Acme.Gateway", "C# apps; 100%/src/gateway", string.Empty, Gateway))
            .WithProjectReference(new TestProject("Acme.Processor", "C# apps; 100%/src/processor", string.Empty, Processor))
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Matches(@"── gateway/ +# Gateway \(Acme\.Gateway\)\n", document.Section("## Project Structure"));
        Assert.Contains("(also in `docs/C# schemas/alert.schema.json`)", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/repo/docs-root/", "/repo/shared/schemas/", "../shared/schemas/alert.schema.json")]
    [InlineData("/repo/", "/repo/docs/schemas/", "docs/schemas/alert.schema.json")]
    [InlineData("C:/repo/", "D:/schemas/", "D:/schemas/alert.schema.json")]
    public void A_schemas_folder_outside_the_documentation_root_is_linked_by_its_path_from_the_root(string root, string schemas, string link)
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithPath("Root", root)
            .WithPath("SchemasPath", schemas)
            .Run("""
                [assembly: ArchTemplates.Container("Processor")]
                [ArchTemplates.DataModel("Alert")]
                public sealed record Alert(string SensorId);
                """);

        Assert.Empty(run.Diagnostics);
        Assert.Contains($"(also in `{link}`)", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_project_keeps_its_own_typed_model_of_what_it_knows()
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, Processor))
            .Run(Gateway);

        var containers = run.OutputCompilation.GetTypeByMetadataName("Acme.Sensors.ArchitectureModel+Containers")!;
        Assert.Equal(["Gateway", "Processor"], containers.GetMembers().Select(member => member.Name).Where(name => !name.StartsWith('.')).Order());
    }

    [Fact]
    public void Removing_a_reference_removes_its_declarations()
    {
        var harness = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Acme.Processor", "src/services/processor", string.Empty, Processor));
        var withProcessor = harness.DocumentationProject(Gateway);
        var driver = harness.CreateDriver();

        var referenced = GeneratorHarness.Run(ref driver, withProcessor);
        Assert.Empty(referenced.Diagnostics);
        Assert.Contains("| Threshold Evaluator | Raises alerts |", referenced.Document(), StringComparison.Ordinal);
        Assert.Contains("### Alert Schema", referenced.Document(), StringComparison.Ordinal);

        // The same driver, as in an IDE: nothing it kept from the reference may survive its removal.
        var removed = GeneratorHarness.Run(ref driver, withProcessor.RemoveReferences(Assert.Single(harness.ProjectReferences)));
        Assert.DoesNotContain("Processor", removed.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("Threshold Evaluator", removed.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("Alert", removed.Document(), StringComparison.Ordinal);
    }

    private const string Module = """
        namespace Acme.Modules.Gateway
        {
            [ArchTemplates.Component("Reading Validator", Container = "Host", Description = "Rejects malformed readings")]
            [ArchTemplates.Api("POST", "/readings", Description = "Send a reading")]
            public sealed class ReadingValidator
            {
                public const string Name = ArchitectureModel.Components.ReadingValidator;
            }
        }
        """;

    [Fact]
    public void A_module_without_a_container_gets_constants_for_its_components_and_its_api_belongs_to_the_components_container()
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Acme.Modules.Gateway", "src/modules/gateway", string.Empty, Module))
            .Run("[assembly: ArchTemplates.Container(\"Host\", Description = \"Runs every module\")]");

        Assert.Empty(run.Diagnostics);
        Assert.Contains("| Host | POST | `/readings` | Send a reading |", run.Document(), StringComparison.Ordinal);
        Assert.Contains("| Reading Validator | Rejects malformed readings |", run.Document(), StringComparison.Ordinal);
    }
}
