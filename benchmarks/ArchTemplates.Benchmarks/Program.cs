using System;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// <c>-- --filter '*'</c> (and any other BenchmarkDotNet arguments) runs the benchmarks and then prints the
/// issue's targets; <c>-- --steps</c> prints where a generator run spends its time, step by step
/// (<c>-- --steps container</c>: in the container project only); <c>-- --project FILE DIRECTORY</c> runs the
/// generator on a real project, from its compiler command line in FILE (<see cref="RealProjectProfile"/>).
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        Console.WriteLine($"// Compiler: Microsoft.CodeAnalysis {typeof(Compilation).Assembly.GetName().Version}, {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
        if (args is ["--project", var commandLineFile, var projectDirectory])
        {
            RealProjectProfile.Print(commandLineFile, projectDirectory);
            return;
        }

        if (args is ["--steps", ..])
        {
            StepProfile.Print(containerProjectOnly: args is [_, "container"]);
            return;
        }

        var summaries = BenchmarkSwitcher.FromTypes([typeof(GeneratorBenchmarks), typeof(ContainerProjectBenchmarks), typeof(ConformanceBenchmarks)]).Run(args, Config(args));
        TargetReport.Print(summaries);
    }

    /// <summary>
    /// Without <c>--job</c>, 10 measured iterations: BenchmarkDotNet's default runs until the confidence
    /// interval is narrow (up to 100 iterations of a second or more each), far past ten minutes on two
    /// cores. A default job set here would override <c>--job</c>, so it is set only when none is given.
    /// Reports go to artifacts/benchmarks/results.
    /// </summary>
    private static ManualConfig Config(string[] args)
    {
        var artifacts = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "ArtifactsPath").Value!;
        var config = ManualConfig.Create(DefaultConfig.Instance).WithArtifactsPath(Path.Combine(artifacts, "benchmarks"));
        return args.Any(arg => arg is "--job" or "-j") ? config : config.AddJob(Job.Default.WithIterationCount(10).AsDefault());
    }
}
