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
    public void An_include_is_ARCH012_saying_a_template_is_one_file()
    {
        var diagnostic = Single(Run("# {{ title }}\n{{ include 'part.scriban' }}\n"), "ARCH012", TemplatePath, 2);

        Assert.Contains("`include 'part.scriban'` is not supported: a document template is one file", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_ARCH012_at_its_line_and_column()
    {
        var run = Run("# {{ title }}\n\n{{ for person in }}\n{{ end }}\n");

        Single(run, "ARCH012", TemplatePath, 3);
        Assert.False(run.HasSource("DocumentationOutput.g.cs"));
    }

    [Fact]
    public void A_runtime_error_is_ARCH012_at_its_line()
    {
        var run = Run("# {{ title }}\n{{ titel }}\n");

        Single(run, "ARCH012", TemplatePath, 2);
    }

    [Fact]
    public void A_misspelt_member_is_ARCH012_at_its_line_and_column_naming_the_members_there_are()
    {
        var run = Run("# {{ title }}\n{{ for person in people }}\n- {{ person.name }} {{ person.nonexistent_field }}\n{{ end }}\n");

        var diagnostic = Single(run, "ARCH012", TemplatePath, 3);
        Assert.Equal(31, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1);
        Assert.Contains("`nonexistent_field`", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("description, name", Message(diagnostic), StringComparison.Ordinal);
        Assert.False(run.HasSource("DocumentationOutput.g.cs"));
    }

    [Theory]
    [InlineData("{{ style.nmae }}", "`nmae` is not a member of this object; its members are: display_name, justification, name")]
    [InlineData("{{ testing.sumary }}", "`sumary` is not a member of this object; its members are: frameworks, requirements, summary")]
    [InlineData("{{ people[0].nmae }}", "`nmae` is not a member of this object; its members are: description, name")]
    [InlineData("{{ people.count }}", "`count` is not a member of this list; its members are: size")]
    [InlineData("{{ title.lenght }}", "`lenght` is not a member of this text; its members are: size")]
    public void A_misspelt_member_anywhere_is_ARCH012(string template, string message)
    {
        var run = new GeneratorHarness().WithYaml("title: Sensors\nstyle:\n  name: layered\npeople:\n  - name: Operator\n").WithTemplate(TemplatePath, "# Title\n" + template).Run();

        Assert.Contains(": " + message + ".", Message(Single(run, "ARCH012", TemplatePath, 2)), StringComparison.Ordinal);
    }

    [Fact]
    public void Members_set_to_null_and_Scriban_built_ins_still_render()
    {
        // Two people, so that array.sort compares, and looks up, its dotted key.
        var run = new GeneratorHarness().WithYaml("title: Sensors\npeople:\n  - name: Operator\n  - name: Auditor\n").WithTemplate(TemplatePath, """
            # {{ title }}
            {{~ for person in people ~}}
            {{ for.index }}: {{ person.name | string.upcase }} [{{ person.description }}] {{ person.name.empty? }} {{ object.has_key person "nonexistent_field" }}
            {{~ end ~}}
            {{ people.size }} {{ array.size containers }} {{ people.empty? }} {{ style?.name }} [{{ people[0]["description"] }}] {{ people | array.sort "name.size" | array.map "name" | array.join "," }}
            """).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Equal("# Sensors\n" + GeneratedFileMarker.MarkdownComment + "\n0: AUDITOR [] false false\n1: OPERATOR [] false false\n2 0 false  [] Auditor,Operator\n", run.Document());
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
    public void A_template_that_runs_past_the_time_limit_is_ARCH012_saying_so()
    {
        // Within every other limit of the sandbox (a loop under a million steps, 12 MB of output), but slow.
        var run = new GeneratorHarness().WithYaml("title: Sensors\n").WithTemplate(TemplatePath, "# {{ title }}\n{{ for i in 1..999999 }}{{ i | string.pad_left 12 }}{{ end }}\n")
            .WithRenderTimeout(TimeSpan.FromMilliseconds(50))
            .Run();

        Assert.Contains("rendering took longer than 0.05 seconds", Message(Single(run, "ARCH012", TemplatePath, 1)), StringComparison.Ordinal);
        Assert.False(run.HasSource("DocumentationOutput.g.cs"));
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
