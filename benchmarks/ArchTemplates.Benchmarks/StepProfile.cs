using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// Where a generator run spends its time: the elapsed time the driver
/// records for each tracked step (our named steps and Roslyn's own attribute-discovery steps), averaged
/// over several runs after warm-up. Not a benchmark: step tracking itself costs time, so the total here
/// is above the benchmark's mean.
/// </summary>
internal static class StepProfile
{
    private const int MeasuredRuns = 10;

    /// <param name="containerProjectOnly">Only the container project (seconds, where the rest takes minutes).</param>
    public static void Print(bool containerProjectOnly)
    {
        var containerProject = SyntheticProject.ContainerProject(ContainerProjectBenchmarks.Container);
        Print($"Full run in one container project ({containerProject.ReferenceCount} references)", containerProject.CreateCompilation, compilation => (containerProject.CreateDriver(trackSteps: true), compilation), warmUpRuns: ContainerProjectBenchmarks.WarmUpRuns);
        if (containerProjectOnly)
        {
            return;
        }

        var project = SyntheticProject.SingleCompilation();
        Print("Full run (fresh driver, fresh compilation)", project.CreateCompilation, compilation => (project.CreateDriver(trackSteps: true), compilation));
        Print("Component edit (warm driver)", project.CreateCompilation, compilation => (project.CreateDriver(trackSteps: true).RunGenerators(compilation), SyntheticProject.EditComponentDescription(compilation)));
        Print("Unrelated edit (warm driver)", project.CreateCompilation, compilation => (project.CreateDriver(trackSteps: true).RunGenerators(compilation), SyntheticProject.EditUnrelatedFile(compilation)));
        var fragmentsProject = SyntheticProject.WithContainerProjects();
        Print("Full run from 200 referenced container projects", fragmentsProject.CreateCompilation, compilation => (fragmentsProject.CreateDriver(trackSteps: true), compilation));
    }

    /// <summary>One kind of run, repeated on new compilations: its wall clock, the driver's total and each step's share.</summary>
    public static void Print(string title, Func<CSharpCompilation> createCompilation, Func<CSharpCompilation, (GeneratorDriver Driver, CSharpCompilation Compilation)> prepare, int warmUpRuns = GeneratorBenchmarks.WarmUpRuns)
    {
        var stepTotals = new Dictionary<string, (TimeSpan Elapsed, int Count)>();
        var wallClock = TimeSpan.Zero;
        var driverElapsed = TimeSpan.Zero;
        for (var run = 0; run < warmUpRuns + MeasuredRuns; run++)
        {
            var (driver, compilation) = prepare(createCompilation());
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            stopwatch.Stop();
            if (run < warmUpRuns)
            {
                continue;
            }

            wallClock += stopwatch.Elapsed;
            driverElapsed += driver.GetTimingInfo().ElapsedTime;
            var result = driver.GetRunResult().Results.Single();
            foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps))
            {
                var (elapsed, count) = stepTotals.GetValueOrDefault(name);
                stepTotals[name] = (elapsed + steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.ElapsedTime), count + steps.Length);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{title}: {Milliseconds(wallClock)} ms wall clock, {Milliseconds(driverElapsed)} ms recorded by the driver (mean of {MeasuredRuns} runs)");
        Console.WriteLine($"  {"Step",-52} {"ms/run",8} {"runs of step/run",17}");
        foreach (var (name, (elapsed, count)) in stepTotals.OrderByDescending(entry => entry.Value.Elapsed))
        {
            Console.WriteLine($"  {name,-52} {Milliseconds(elapsed),8} {count / MeasuredRuns,17}");
        }
    }

    private static string Milliseconds(TimeSpan total) => (total.TotalMilliseconds / MeasuredRuns).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
