using ArchTemplates.Generator.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Generator.Tests;

/// <summary>The generator runs on every keystroke in an IDE: input that did not change must reuse every step's output.</summary>
public sealed class IncrementalityTests
{
    private const string Component = """
        [assembly: ArchTemplates.Container("Gateway")]
        namespace Acme.Sensors
        {
            [ArchTemplates.Component("Router", Description = "Routes readings")]
            [ArchTemplates.Relationship("Database", "Stores readings in")]
            public sealed class Router
            {
                public System.Threading.Tasks.Task Forward(System.Net.Http.HttpClient client) => client.PostAsync("/readings", null);
            }

            [ArchTemplates.DataModel("Reading")]
            public sealed record Reading(string SensorId, double Value);
        }
        """;

    private const string Unrelated = "namespace Acme; public static class Helper { public static int Answer() => 42; }";

    private static GeneratorHarness Harness()
        => new GeneratorHarness()
            .WithYaml("title: Sensors\ncontainers:\n  - name: Database\n    kind: database\n")
            .WithListing("d src\n");

    [Fact]
    public void A_second_run_on_an_unchanged_compilation_reuses_every_tracked_step()
    {
        var compilation = GeneratorHarness.Compilation(Component, Unrelated);
        var driver = Harness().CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());

        AssertReused(driver.GetRunResult(), TrackingNames.All);
    }

    [Fact]
    public void An_edit_to_an_unrelated_file_reuses_every_tracked_step()
    {
        var compilation = GeneratorHarness.Compilation(Component, Unrelated);
        var driver = Harness().CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, 1, Unrelated.Replace("42", "43", StringComparison.Ordinal)));

        AssertReused(driver.GetRunResult(), TrackingNames.All);
    }

    [Fact]
    public void An_edit_to_another_file_does_not_read_a_declaration_again_until_its_own_file_changes()
    {
        const string names = "namespace Acme.Sensors; internal static class Names { public const string Verb = \"Stores\"; }";
        var component = Component.Replace("\"Stores readings in\"", "Names.Verb + \" readings in\"", StringComparison.Ordinal);
        var compilation = GeneratorHarness.Compilation(component, names);
        var driver = Harness().CreateDriver();
        GeneratorHarness.Run(ref driver, compilation);

        // Reading a declaration again on every edit anywhere is what made each keystroke bind the whole project.
        var edited = Edit(compilation, 1, names.Replace("Stores", "Keeps", StringComparison.Ordinal));
        Assert.Contains("Router → Database: Stores readings in", GeneratorHarness.Run(ref driver, edited).Document(), StringComparison.Ordinal);
        AssertReused(driver.GetRunResult(), TrackingNames.All);

        // A build starts afresh; in an IDE, the declaration's own file changing reads it again.
        var fresh = Harness().CreateDriver();
        Assert.Contains("Router → Database: Keeps readings in", GeneratorHarness.Run(ref fresh, edited).Document(), StringComparison.Ordinal);
        var touched = Edit(edited, 0, component + "\n");
        Assert.Contains("Router → Database: Keeps readings in", GeneratorHarness.Run(ref driver, touched).Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_component_renders_the_document_once()
    {
        var compilation = GeneratorHarness.Compilation(Component, Unrelated);
        var driver = Harness().CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, 0, Component.Replace("Routes readings", "Routes validated readings", StringComparison.Ordinal)));

        var result = driver.GetRunResult();
        var document = Assert.Single(result.Results.Single().TrackedSteps[TrackingNames.Document]);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(document.Outputs).Reason);
        Assert.Contains("Routes validated readings", result.Results.Single().GeneratedSources.Single(source => source.HintName == "DocumentationOutput.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        AssertReused(result, [TrackingNames.ArchitectureYaml, TrackingNames.Listing, TrackingNames.Containers, TrackingNames.ReferencedProjects]);
    }

    [Fact]
    public void Moving_a_declaration_to_another_line_does_not_render_the_document_again()
    {
        var compilation = GeneratorHarness.Compilation(Component, Unrelated);
        var driver = Harness().CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, 0, "// A comment that moves every declaration down a line.\n" + Component));

        // The declarations moved (their locations changed), but the model holds no locations: nothing below it runs.
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.Contains(steps[TrackingNames.Components].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        AssertReused(driver.GetRunResult(), [TrackingNames.Model, TrackingNames.Document]);
    }

    [Fact]
    public void An_edit_to_another_file_does_not_read_a_files_component_uses_again_until_its_own_file_changes()
    {
        const string stores = """
            [assembly: ArchTemplates.Container("Gateway")]
            namespace Acme.Sensors
            {
                [ArchTemplates.Component("Router")]
                public sealed class Router { public object Open() => new Store(); }

                [ArchTemplates.Component("Store A")]
                public sealed class StoreA { }

                [ArchTemplates.Component("Store B")]
                public sealed class StoreB { }
            }
            """;
        const string alias = "global using Store = Acme.Sensors.StoreA;";
        var compilation = GeneratorHarness.Compilation(stores, alias);
        var driver = Harness().CreateDriver();
        Assert.Contains("- Router → Store A: Uses — inferred from code", GeneratorHarness.Run(ref driver, compilation).Document(), StringComparison.Ordinal);

        // Walking every file's code again on every edit anywhere is what each keystroke cost before.
        var edited = Edit(compilation, 1, alias.Replace("StoreA", "StoreB", StringComparison.Ordinal));
        Assert.Contains("- Router → Store A: Uses — inferred from code", GeneratorHarness.Run(ref driver, edited).Document(), StringComparison.Ordinal);

        // A build starts afresh; in an IDE, the file's own change reads its uses again.
        var fresh = Harness().CreateDriver();
        Assert.Contains("- Router → Store B: Uses — inferred from code", GeneratorHarness.Run(ref fresh, edited).Document(), StringComparison.Ordinal);
        var touched = Edit(edited, 0, stores + "\n");
        Assert.Contains("- Router → Store B: Uses — inferred from code", GeneratorHarness.Run(ref driver, touched).Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_file_changes_the_reading_of_that_file_and_no_other()
    {
        const string caller = "namespace Acme { public sealed class Caller { public System.Threading.Tasks.Task Call(System.Net.Http.HttpClient client) => client.GetAsync(\"/a\"); } }";
        var compilation = GeneratorHarness.Compilation(Component, Unrelated, caller);
        var driver = Harness().CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, 2, caller.Replace("/a", "/b", StringComparison.Ordinal)));

        // Whether the other files were read again, the two tests above tell: here the driver keeps an equal old value.
        var readings = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SourceTrees]
            .SelectMany(step => step.Outputs)
            .Select(output => ((SourceTreeReading)output.Value, output.Reason))
            .ToList();
        Assert.Contains(ReadingOf(readings, "File0.cs").Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        var edited = ReadingOf(readings, "File2.cs");
        Assert.Equal(IncrementalStepRunReason.Modified, edited.Reason);
        Assert.Equal("/b", Assert.Single(edited.Reading.Evidence!.Interactions).Element.Subject);
    }

    private static (SourceTreeReading Reading, IncrementalStepRunReason Reason) ReadingOf(List<(SourceTreeReading Reading, IncrementalStepRunReason Reason)> readings, string file)
        => Assert.Single(readings, reading => reading.Reading.Evidence!.Interactions.Any(fact => fact.Location!.FilePath.EndsWith(file, StringComparison.Ordinal)));

    [Fact]
    public void Every_named_step_is_tracked()
    {
        var driver = Harness().CreateDriver().RunGenerators(GeneratorHarness.Compilation(Component));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps.Keys;
        Assert.All(TrackingNames.All, name => Assert.Contains(name, steps));
    }

    private static Compilation Edit(Compilation compilation, int treeIndex, string text)
    {
        var tree = compilation.SyntaxTrees.ElementAt(treeIndex);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, tree.FilePath));
    }

    private static void AssertReused(GeneratorDriverRunResult result, IEnumerable<string> names)
    {
        var steps = result.Results.Single().TrackedSteps;
        foreach (var name in names)
        {
            Assert.True(steps.ContainsKey(name), $"Step '{name}' did not run.");
            foreach (var (_, reason) in steps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{name}' produced {reason}; it should have reused its previous output.");
            }
        }
    }
}
