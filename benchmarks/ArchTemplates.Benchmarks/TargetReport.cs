using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace ArchTemplates.Benchmarks;

/// <summary>The issue's targets, checked against the means of the run that just finished.</summary>
internal static class TargetReport
{
    private const double FullRunTargetMilliseconds = 50;
    private const double CompileShareTargetPercent = 10;

    public static void Print(IEnumerable<Summary> summaries)
    {
        var reports = summaries.SelectMany(summary => summary.Reports).Where(report => report.ResultStatistics is not null).ToList();
        foreach (var job in reports.GroupBy(report => report.BenchmarkCase.Job.DisplayInfo))
        {
            var meanMilliseconds = job.ToDictionary(
                report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                report => report.ResultStatistics!.Mean / 1_000_000);
            Console.WriteLine();
            Console.WriteLine($"// Targets ({job.Key}):");
            if (!meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.GeneratorFullRun), out var fullRun))
            {
                Console.WriteLine("//   GeneratorFullRun was not run; run it with Compile to check the targets.");
                continue;
            }

            Console.WriteLine($"//   Generator full run: {fullRun:0.0} ms (target <= {FullRunTargetMilliseconds} ms): {Verdict(fullRun <= FullRunTargetMilliseconds)}");
            if (meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.Compile), out var compile))
            {
                var share = fullRun / compile * 100;
                Console.WriteLine($"//   Generator / compile: {fullRun:0.0} ms / {compile:0.0} ms = {share:0.0}% (target < {CompileShareTargetPercent}%): {Verdict(share < CompileShareTargetPercent)}");
            }
            else
            {
                Console.WriteLine("//   Compile was not run; run it with GeneratorFullRun for the ratio.");
            }

            if (meanMilliseconds.TryGetValue(nameof(GeneratorBenchmarks.AttributeBindingOnly), out var binding))
            {
                Console.WriteLine($"//   Of the full run, binding the attributes alone (AttributeBindingOnly): {binding:0.0} ms = {binding / fullRun * 100:0.0}%{(compile > 0 ? $", {binding / compile * 100:0.0}% of the compile" : string.Empty)}");
            }
        }
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
