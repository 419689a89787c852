using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// One of the 200 container projects of the synthetic solution (10 components, 50 relationships, a data
/// model): what each build of a service project costs. Not the shape the issue's
/// targets are stated for, but the one a team works in most. Operations take milliseconds, so the code is
/// warmed much longer than in <see cref="GeneratorBenchmarks"/>: with few calls the JIT would still be
/// running unoptimized code, which a compiler server that builds all day does not.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(100)]
[IterationCount(30)]
public class ContainerProjectBenchmarks
{
    /// <summary>Container 2 owns a data model (model 1), so its run derives a schema too.</summary>
    public const int Container = 2;

    private SyntheticProject _project = null!;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void CreateProjectAndCheckTheGenerator()
    {
        _project = SyntheticProject.ContainerProject(Container);
        if (_project.Compile() is { Success: false } failed)
        {
            throw new InvalidOperationException("The container project does not compile: " + string.Join("\n", failed.Diagnostics.Take(10)));
        }

        Console.WriteLine($"// Container project {Container} of {SyntheticArchitecture.ContainerCount}: {_project.VerifyFullRun()}");
    }

    /// <summary>Parse, bind and emit the container project's sources, without the generator.</summary>
    [Benchmark]
    public EmitResult CompileContainerProject() => _project.Compile();

    [IterationSetup(Target = nameof(GeneratorRunInContainerProject))]
    public void FreshCompilation() => _compilation = _project.CreateCompilation();

    /// <summary>A fresh driver on a fresh compilation of the container project: its typed model and fragment.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorRunInContainerProject() => _project.CreateDriver().RunGenerators(_compilation);
}
