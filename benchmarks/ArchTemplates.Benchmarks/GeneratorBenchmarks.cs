using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// The generator on the synthetic architecture, next to the compile of the same sources, in one run so
/// the ratio is measured side by side. Every generator benchmark gets a fresh compilation in its
/// iteration setup: a compilation caches what was bound, and a build never hands the generator one
/// that was already bound. Every operation takes a tenth of a second or more: one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(WarmUpRuns)]
public class GeneratorBenchmarks
{
    /// <summary>
    /// Runs before measuring, so that every figure is the optimized code's, as in a compiler server that has been
    /// building for a while. Code that runs once per generator run (the document's rendering, the fragments'
    /// reading) is optimized by the runtime only after about 25 runs: in one probe, the documentation project's
    /// run took 400–500 ms for its first 25 runs and 160–250 ms from then on. The default warm-up stopped in
    /// between.
    /// </summary>
    public const int WarmUpRuns = 40;

    private SyntheticProject _project = null!;
    private SyntheticProject _fragmentsProject = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private CSharpCompilation _edited = null!;

    [GlobalSetup(Targets = [nameof(Compile), nameof(CompileWithGenerator)])]
    public void CreateSingleCompilationAndCheckItCompiles()
    {
        _project = SyntheticProject.SingleCompilation();
        foreach (var emitted in new[] { _project.Compile(), _project.CompileWithGenerator() })
        {
            if (!emitted.Success)
            {
                throw new InvalidOperationException("The synthetic project does not compile: " + string.Join("\n", emitted.Diagnostics.Take(10)));
            }
        }
    }

    [GlobalSetup(Targets = [nameof(GeneratorFullRun), nameof(GeneratorFullRunSkippingImplementationOutputs), nameof(GeneratorIncrementalUnrelatedEdit), nameof(GeneratorIncrementalComponentEdit), nameof(AttributeBindingOnly)])]
    public void CreateSingleCompilationAndCheckTheGenerator()
    {
        _project = SyntheticProject.SingleCompilation();
        Console.WriteLine($"// Single compilation of {_project.Trees.Length} files: {_project.VerifyFullRun()}");
        _project.VerifyIncrementalRun(SyntheticProject.EditUnrelatedFile, expectRender: false);
        _project.VerifyIncrementalRun(SyntheticProject.EditComponentDescription, expectRender: true);
    }

    [GlobalSetup(Target = nameof(GeneratorFullRunFromFragments))]
    public void CreateContainerProjects()
    {
        _fragmentsProject = SyntheticProject.WithContainerProjects();
        Console.WriteLine($"// Documentation project referencing {SyntheticArchitecture.ContainerCount} container projects: {_fragmentsProject.VerifyFullRun()}");
    }

    /// <summary>Parse, bind and emit (assembly and PDB) the synthetic sources, without the generator.</summary>
    [Benchmark]
    public EmitResult Compile() => _project.Compile();

    /// <summary>The same with the generator in the build: what a build of this project costs in total.</summary>
    [Benchmark]
    public EmitResult CompileWithGenerator() => _project.CompileWithGenerator();

    [IterationSetup(Targets = [nameof(GeneratorFullRun), nameof(GeneratorFullRunSkippingImplementationOutputs), nameof(AttributeBindingOnly)])]
    public void FreshCompilation() => _compilation = _project.CreateCompilation();

    /// <summary>A fresh driver on a fresh compilation: every step runs, the document is rendered.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorFullRun() => _project.CreateDriver().RunGenerators(_compilation);

    /// <summary>
    /// The same for a host that skips implementation outputs: the typed model, without rendering the document
    /// (which only the build reads). What the document costs within a full run is the difference.
    /// </summary>
    [Benchmark]
    public GeneratorDriver GeneratorFullRunSkippingImplementationOutputs() => _project.CreateDriver(disabledOutputs: IncrementalGeneratorOutputKind.Implementation).RunGenerators(_compilation);

    /// <summary>
    /// No generator: only what <c>ForAttributeWithMetadataName</c> has the compiler do for every annotated
    /// declaration before a generator sees it (its declared symbol and bound attributes). The floor under a
    /// full run of any generator that reads these attributes through the semantic model.
    /// </summary>
    [Benchmark]
    public int AttributeBindingOnly() => SyntheticProject.BindAnnotatedDeclarations(_compilation);

    [IterationSetup(Target = nameof(GeneratorIncrementalUnrelatedEdit))]
    public void PrepareUnrelatedEdit() => PrepareEdit(SyntheticProject.EditUnrelatedFile);

    /// <summary>The driver of a previous run, after a file that declares no architecture changed (an IDE keystroke).</summary>
    [Benchmark]
    public GeneratorDriver GeneratorIncrementalUnrelatedEdit() => _warmDriver.RunGenerators(_edited);

    [IterationSetup(Target = nameof(GeneratorIncrementalComponentEdit))]
    public void PrepareComponentEdit() => PrepareEdit(SyntheticProject.EditComponentDescription);

    /// <summary>The driver of a previous run, after one component's description changed: the document is rendered again.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorIncrementalComponentEdit() => _warmDriver.RunGenerators(_edited);

    [IterationSetup(Target = nameof(GeneratorFullRunFromFragments))]
    public void FreshFragmentsCompilation() => _compilation = _fragmentsProject.CreateCompilation();

    /// <summary>A fresh driver in the documentation project that references the 200 container projects and reads their fragments.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorFullRunFromFragments() => _fragmentsProject.CreateDriver().RunGenerators(_compilation);

    private void PrepareEdit(Func<CSharpCompilation, CSharpCompilation> edit)
    {
        var compilation = _project.CreateCompilation();
        _warmDriver = _project.CreateDriver().RunGenerators(compilation);
        _edited = edit(compilation);
    }
}
