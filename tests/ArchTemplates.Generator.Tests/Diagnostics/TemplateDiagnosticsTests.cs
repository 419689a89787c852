using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Diagnostics;

/// <summary>A team's own document template: used when given, its errors located, and it cannot hang the build.</summary>
public sealed class TemplateDiagnosticsTests
{
    private const string TemplatePath = "/repo/docs/architecture.scriban";

    private static GeneratorRun Run(string template)
        => new GeneratorHarness().WithYaml("title: Sensors\npeople:\n  - name: Operator\n").WithTemplate(TemplatePath, template).Run();

    [Fact]
    public void A_custom_template_replaces_the_default_and_gets_the_generated_marker()
    {
        var run = Run("# {{ title }} overview\n{{ for person in people }}- {{ person.name }}\n{{ end }}");

        Assert.Empty(run.Diagnostics);
        Assert.Equal("# Sensors overview\n" + GeneratedFileMarker.MarkdownComment + "\n- Operator\n", run.Document());
    }

    [Fact]
    public void A_syntax_error_is_ARCH012_at_its_line_and_column()
    {
        var run = Run("# {{ title }}\n\n{{ for person in }}\n{{ end }}\n");

        var diagnostic = Assert.Single(run.Diagnostics, candidate => candidate.Id == "ARCH012");
        AssertNoCrash(run);
        Assert.Equal(TemplatePath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.False(run.HasSource("DocumentationOutput.g.cs"));
    }

    [Fact]
    public void A_runtime_error_is_ARCH012_at_its_line()
    {
        var run = Run("# {{ title }}\n{{ titel }}\n");

        Single(run, "ARCH012", TemplatePath, 2);
    }

    [Fact]
    public void An_endless_template_is_stopped_by_the_sandbox()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = Run("{{ while true }}x{{ end }}");

        Single(run, "ARCH012", TemplatePath, 1);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"The sandbox took {watch.Elapsed}.");
    }

    [Fact]
    public void A_missing_template_file_is_ARCH013()
    {
        var run = new GeneratorHarness().WithYaml("title: Sensors\n").WithPath("Template", "/repo/C# docs/missing;v2.scriban").Run();

        AssertNoCrash(run);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ARCH013", diagnostic.Id);
        Assert.Contains("/repo/C# docs/missing;v2.scriban", Message(diagnostic), StringComparison.Ordinal);
    }
}
