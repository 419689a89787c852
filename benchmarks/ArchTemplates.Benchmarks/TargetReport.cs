using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace ArchTemplates.Benchmarks;

/// <summary>The targets, checked against the means of the run that just finished, and the container project's share beside them.</summary>
internal static class TargetReport
{
    private const double CompileShareTargetPercent = 15;
    private const double UnrelatedEditTargetMilliseconds = 5;
    private const double ContainerRunTargetMilliseconds = 20;

    public static void Print(IEnumerable<Summary> summaries)
    {
        // Per runtime: the benchmark classes have jobs of their own, but their figures compare only on one runtime.
        var reports = summaries.SelectMany(summary => summary.Reports).Where(report => report.ResultStatistics is not null);
        foreach (var runtime in reports.GroupBy(report => report.BenchmarkCase.Job.Environment.Runtime?.Name ?? "host runtime"))
        {
            // Per class: two classes each have a Compile, of different projects.
            var means = runtime
                .GroupBy(report => report.BenchmarkCase.Descriptor.Type)
                .ToDictionary(group => group.Key, group => group.ToDictionary(report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name, report => report.ResultStatistics!.Mean / 1_000_000));
            Dictionary<string, double> MeansOf<T>() => means.TryGetValue(typeof(T), out var mean) ? mean : [];
            var generator = MeansOf<GeneratorBenchmarks>();
            var containerProject = MeansOf<ContainerProjectBenchmarks>();

            Console.WriteLine();
            Console.WriteLine($"// Targets ({runtime.Key}):");
            PrintTargets(generator);
            if (generator.TryGetValue(nameof(GeneratorBenchmarks.GeneratorIncrementalUnrelatedEdit), out var unrelatedEdit))
            {
                Console.WriteLine($"//   Unrelated edit: {unrelatedEdit:0.0} ms (target <= {UnrelatedEditTargetMilliseconds} ms): {Verdict(unrelatedEdit <= UnrelatedEditTargetMilliseconds)}");
            }

            if (containerProject.TryGetValue(nameof(ContainerProjectBenchmarks.GeneratorRunInContainerProject), out var containerRun)
                && containerProject.TryGetValue(nameof(ContainerProjectBenchmarks.CompileContainerProject), out var containerCompile))
            {
                Console.WriteLine($"//   In one container project: {containerRun:0.0} ms (target <= {ContainerRunTargetMilliseconds} ms): {Verdict(containerRun <= ContainerRunTargetMilliseconds)}; {containerRun / containerCompile * 100:0.0}% of its {containerCompile:0.0} ms compile");
            }

            ConformanceBenchmarks.PrintRatios(MeansOf<ConformanceBenchmarks>());
        }
    }

    private static void PrintTargets(Dictionary<string, double> meanMilliseconds)
    {
        if (!meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.GeneratorFullRun), out var fullRun))
        {
            Console.WriteLine("//   GeneratorFullRun was not run; run it with Compile to check the targets.");
            return;
        }

        if (!meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.Compile), out var compile))
        {
            Console.WriteLine("//   Compile was not run; run it with GeneratorFullRun for the ratio.");
            return;
        }

        var share = fullRun / compile * 100;
        Console.WriteLine($"//   Generator / compile: {fullRun:0.0} ms / {compile:0.0} ms = {share:0.0}% (target <= {CompileShareTargetPercent}%): {Verdict(share <= CompileShareTargetPercent)}");
        if (meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.AttributeBindingOnly), out var binding))
        {
            Console.WriteLine($"//   Of the full run, binding the attributes alone (AttributeBindingOnly): {binding:0.0} ms = {binding / fullRun * 100:0.0}%, {binding / compile * 100:0.0}% of the compile");
        }
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
