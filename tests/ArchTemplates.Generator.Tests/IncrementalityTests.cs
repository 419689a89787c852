using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Generator.Tests;

/// <summary>The generator runs on every keystroke in an IDE: unchanged input must reuse every step's output.</summary>
public sealed class IncrementalityTests
{
    private const string Yaml = "title: Sensor Monitoring Platform\n";
    private const string Container = "[assembly: ArchTemplates.Container(\"Gateway\")]";
    private const string Unrelated = "namespace Acme; public static class Helper { public static int Answer() => 42; }";

    [Fact]
    public void A_second_run_on_an_unchanged_compilation_reuses_every_tracked_step()
    {
        var harness = new GeneratorHarness().WithYaml(Yaml);
        var compilation = GeneratorHarness.Compilation(Container, Unrelated);
        var driver = harness.CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());

        AssertAllTrackedStepsReused(driver.GetRunResult());
    }

    [Fact]
    public void An_edit_to_an_unrelated_file_reuses_every_tracked_step()
    {
        var harness = new GeneratorHarness().WithYaml(Yaml);
        var compilation = GeneratorHarness.Compilation(Container, Unrelated);
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var unrelatedTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(
            unrelatedTree,
            CSharpSyntaxTree.ParseText(Unrelated.Replace("42", "43", StringComparison.Ordinal), GeneratorHarness.ParseOptions, unrelatedTree.FilePath));
        driver = driver.RunGenerators(edited);

        AssertAllTrackedStepsReused(driver.GetRunResult());
    }

    [Fact]
    public void Every_named_step_is_tracked()
    {
        var driver = new GeneratorHarness().WithYaml(Yaml).CreateDriver().RunGenerators(GeneratorHarness.Compilation(Container));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps.Keys;
        Assert.All(TrackingNames.All, name => Assert.Contains(name, steps));
    }

    private static void AssertAllTrackedStepsReused(GeneratorDriverRunResult result)
    {
        var steps = result.Results.Single().TrackedSteps;
        foreach (var name in TrackingNames.All)
        {
            Assert.True(steps.ContainsKey(name), $"Step '{name}' did not run.");
            foreach (var step in steps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step '{name}' produced {reason}; it should have reused its previous output.");
                }
            }
        }
    }
}
