using System.Text;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using static ArchTemplates.Generator.Tests.Diagnostics.DiagnosticAssertions;

namespace ArchTemplates.Generator.Tests.Diagnostics;

/// <summary>What cannot be the user's input to fix still ends in a diagnostic, never in CS8785 and a missing document.</summary>
public sealed class FailureTests
{
    [Fact]
    public void An_exception_in_a_guarded_step_is_ARCH099_naming_the_activity_and_the_exception()
    {
        var failure = Guard.Run<DiagnosticInfo?>("reading the moon", () => throw new InvalidOperationException("it is made of cheese"), reported => reported);

        Assert.NotNull(failure);
        var diagnostic = failure.ToDiagnostic();
        Assert.Equal("ARCH099", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("failed while reading the moon: InvalidOperationException: it is made of cheese.", Message(diagnostic), StringComparison.Ordinal);
        Assert.EndsWith("docs/diagnostics.md#arch099", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancellation_passes_through_a_guarded_step()
    {
        // The compiler cancels a run it no longer needs; reporting that as a failure would be wrong.
        Assert.Throws<OperationCanceledException>(() => Guard.Run<DiagnosticInfo?>("waiting", () => throw new OperationCanceledException(), reported => reported));
    }

    [Fact]
    public void The_time_limit_is_for_a_teams_template_only_the_default_template_renders_a_large_model_whatever_it_takes()
    {
        // The default template only writes the model: a large one must not fail for being slow on a busy machine.
        var yaml = new StringBuilder("title: Sensors\npeople:\n");
        for (var person = 0; person < 2000; person++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - name: Person {person}\n    description: Reads reading {person}\n");
        }

        var run = new GeneratorHarness().WithYaml(yaml.ToString()).WithRenderTimeout(TimeSpan.FromTicks(1)).Run();

        Assert.Empty(run.Diagnostics);
        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
        Assert.Contains("Person(e_person_1999, \"Person 1999\"", run.Document(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "{}", "it was written in format 2, this generator reads format 3")]
    [InlineData(3, "{\"format\": 3}", "The fragment has no project.")]
    public void A_referenced_assembly_whose_architecture_cannot_be_read_is_ARCH015_and_the_rest_is_documented(int format, string content, string reason)
    {
        var forged = $"[assembly: ArchTemplates.ArchitectureFragment({format}, \"{content.Replace("\"", "\\\"", StringComparison.Ordinal)}\")]";
        var run = new GeneratorHarness().WithYaml("title: Sensors\n")
            .WithProjectReference(new TestProject("Acme.Legacy", "src/legacy", string.Empty, forged), builtWithGenerator: false)
            .Run("[assembly: ArchTemplates.Container(\"Gateway\")]");

        AssertNoCrash(run);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ARCH015", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"The architecture of referenced assembly 'Acme.Legacy' cannot be read: {reason}", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("Container(e_gateway, \"Gateway\"", run.Document(), StringComparison.Ordinal);
    }
}
