using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Tests;

public sealed class GeneratorOutputTests
{
    private const string Yaml = """
        title: Sensor Monitoring Platform
        status: Approved
        summary: Sensors report readings to a gateway.
        """;

    private const string GatewayContainer = """
        [assembly: ArchTemplates.Container("Gateway", Description = "Sensor data ingestion", Technology = "ASP.NET Core")]
        """;

    [Fact]
    public void Generated_code_compiles_without_any_diagnostic()
    {
        var run = new GeneratorHarness().WithYaml(Yaml).Run(GatewayContainer);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.HasSource("ArchitectureModel.g.cs"));
        Assert.True(run.HasSource("DocumentationOutput.g.cs"));
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Document_starts_with_the_title_then_the_generated_marker_and_the_status()
    {
        var document = new GeneratorHarness().WithYaml(Yaml).Run(GatewayContainer).Document();
        var lines = document.Split('\n');

        Assert.Equal("# Architecture for Sensor Monitoring Platform", lines[0]);
        Assert.Contains(GeneratedFileMarker.Token, lines[1], StringComparison.Ordinal);
        Assert.Contains("Status: Approved", lines);
        Assert.Contains("Sensors report readings to a gateway.", lines);
        Assert.Contains("| --------- | ---------- | -------------- |\n| Gateway | ASP.NET Core | Sensor data ingestion |\n", document, StringComparison.Ordinal);
        Assert.EndsWith("\n", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_model_exposes_the_title_and_each_container_as_a_constant()
    {
        var run = new GeneratorHarness().WithYaml(Yaml).Run(GatewayContainer);

        var type = run.OutputCompilation.GetTypeByMetadataName("Acme.Sensors.ArchitectureModel+Containers");
        Assert.NotNull(type);
        var gateway = Assert.Single(type.GetMembers("Gateway").OfType<IFieldSymbol>());
        Assert.True(gateway.IsConst);
        Assert.Equal("Gateway", gateway.ConstantValue);
        Assert.Contains("Sensor data ingestion", gateway.GetDocumentationCommentXml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_project_that_owns_the_documentation_renders_the_document()
    {
        var run = new GeneratorHarness().WithYaml(Yaml).WithProperty("ArchDocsGenerate", "false").Run(GatewayContainer);

        Assert.True(run.HasSource("ArchitectureModel.g.cs"));
        Assert.False(run.HasSource("DocumentationOutput.g.cs"));
    }

    [Fact]
    public void A_host_that_skips_implementation_outputs_gets_the_typed_model_without_rendering_the_document()
    {
        var harness = new GeneratorHarness().WithYaml(Yaml).WithTemplate("/repo/docs/architecture.scriban", "{{ for x in }}");

        var skipped = harness.Run(IncrementalGeneratorOutputKind.Implementation, GatewayContainer);
        var built = harness.Run(GatewayContainer);

        Assert.True(skipped.HasSource("ArchitectureModel.g.cs"));
        Assert.False(skipped.HasSource("DocumentationOutput.g.cs"));
        Assert.False(skipped.Result.Results.Single().TrackedSteps.ContainsKey(TrackingNames.Document), "The document was rendered for a host that skips it.");
        Assert.Empty(skipped.Diagnostics);

        // The build still renders it: here the broken template is reported.
        Assert.Contains(built.Diagnostics, diagnostic => diagnostic.Id == "ARCH012");
    }

    [Fact]
    public void Output_is_deterministic_for_the_same_input()
    {
        var first = new GeneratorHarness().WithYaml(Yaml).Run(GatewayContainer).Document();
        var second = new GeneratorHarness().WithYaml(Yaml).Run(GatewayContainer).Document();

        Assert.Equal(first, second);
    }
}
