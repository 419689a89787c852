using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace ArchTemplates.Benchmarks;

/// <summary>The targets, checked against the means of the run that just finished, and the container project's share beside them.</summary>
internal static class TargetReport
{
    private const double FullRunTargetMilliseconds = 50;
    private const double CompileShareTargetPercent = 10;

    public static void Print(IEnumerable<Summary> summaries)
    {
        // Method names are unique across the benchmark classes, and a run gives each class one job.
        var meanMilliseconds = new Dictionary<string, double>();
        foreach (var report in summaries.SelectMany(summary => summary.Reports).Where(report => report.ResultStatistics is not null))
        {
            meanMilliseconds[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = report.ResultStatistics!.Mean / 1_000_000;
        }

        Console.WriteLine();
        Console.WriteLine("// Targets:");
        if (meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.GeneratorFullRun), out var fullRun))
        {
            Console.WriteLine($"//   Generator full run: {fullRun:0.0} ms (target <= {FullRunTargetMilliseconds} ms): {Verdict(fullRun <= FullRunTargetMilliseconds)}");
            if (meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.Compile), out var compile))
            {
                var share = fullRun / compile * 100;
                Console.WriteLine($"//   Generator / compile: {fullRun:0.0} ms / {compile:0.0} ms = {share:0.0}% (target < {CompileShareTargetPercent}%): {Verdict(share < CompileShareTargetPercent)}");
                if (meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.AttributeBindingOnly), out var binding))
                {
                    Console.WriteLine($"//   Of the full run, binding the attributes alone (AttributeBindingOnly): {binding:0.0} ms = {binding / fullRun * 100:0.0}%, {binding / compile * 100:0.0}% of the compile");
                }
            }
            else
            {
                Console.WriteLine("//   Compile was not run; run it with GeneratorFullRun for the ratio.");
            }
        }
        else
        {
            Console.WriteLine("//   GeneratorFullRun was not run; run it with Compile to check the targets.");
        }

        if (meanMilliseconds.TryGetValue(nameof(ContainerProjectBenchmarks.GeneratorRunInContainerProject), out var containerRun)
            && meanMilliseconds.TryGetValue(nameof(ContainerProjectBenchmarks.CompileContainerProject), out var containerCompile))
        {
            Console.WriteLine($"//   In one container project (not the targets' shape): {containerRun:0.0} ms / {containerCompile:0.0} ms = {containerRun / containerCompile * 100:0.0}% of its compile");
        }
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
