using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ArchTemplates.Generator.Conformance;
using Architecture = ArchUnitNET.Domain.Architecture;
using IHasName = ArchUnitNET.Domain.IHasName;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.Loader;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using NetArchTypes = NetArchTest.Rules.Types;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// The conformance analyzer beside NetArchTest.Rules and ArchUnitNET, each checking the same two rules over the same
/// <see cref="LayeredSolution"/> (1,200 component types): the Domain layer does not depend on Infrastructure, and each
/// component uses only the components its relationships declare. The libraries read the compiled assembly, as their
/// tests do (loading it is part of their work); the analyzer reads the compilation, as the compiler runs it. Before
/// timing, each tool's findings are checked to be exactly the two seeded violations.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods; the solution is shared by every benchmark of the process.")]
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(10)]
public class ConformanceBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new ConformanceAnalyzer()];

    private static readonly ImmutableArray<SyntaxTree> Trees =
        [.. LayeredSolution.Sources().Select(source => CSharpSyntaxTree.ParseText(SourceText.From(source.Text, Encoding.UTF8), SyntheticProject.ParseOptions, source.Path))];

    /// <summary>The solution's assembly, emitted to a file and loaded once per process (a process cannot load two assemblies of one name).</summary>
    private static readonly Lazy<(string Path, System.Reflection.Assembly Assembly)> Compiled = new(EmitAndLoad);

    private AnalyzerOptions _analyzerOptions = null!;

    [GlobalSetup]
    public void CheckEveryTool()
    {
        var yaml = new SyntheticProject.InMemoryAdditionalText("/acme/architecture.yml", LayeredSolution.Yaml);
        _analyzerOptions = new AnalyzerOptions(
            [yaml],
            new SyntheticProject.InMemoryOptionsProvider([], new() { [yaml.Path] = new() { ["build_metadata.AdditionalFiles.ArchTemplatesRole"] = "Architecture" } }));
        Check("the conformance analyzer", AnalyzerFindings(ConformanceAnalyzerRun()));
        Check("NetArchTest.Rules", NetArchTest());
        Check("ArchUnitNET", ArchUnitNet());
        Console.WriteLine($"// {LayeredSolution.TypeCount:N0} component types; every tool finds exactly the two seeded violations.");
    }

    /// <summary>Parse-free compile of the solution: bind and emit, without analyzers.</summary>
    [Benchmark]
    public bool Compile() => Emit(CreateCompilation());

    /// <summary>The same compile with the conformance analyzer running on it, as a build runs it.</summary>
    [Benchmark]
    public bool CompileWithConformance()
    {
        var compilation = CreateCompilation();
        var diagnostics = compilation.WithAnalyzers(Analyzers, _analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return Emit(compilation) && diagnostics.Length > 0;
    }

    /// <summary>The conformance analyzer alone on a fresh compilation: binding the code it reads, and its checks.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> ConformanceAnalyzerRun()
        => CreateCompilation().WithAnalyzers(Analyzers, _analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>NetArchTest.Rules: load the assembly, then the layer rule and one rule per component, as a test would write them.</summary>
    [Benchmark]
    public Findings NetArchTest()
    {
        var types = NetArchTypes.FromFile(Compiled.Value.Path);
        var layer = types.That().ResideInNamespace(LayeredSolution.DomainNamespace)
            .ShouldNot().HaveDependencyOn(LayeredSolution.InfrastructureNamespace)
            .GetResult();
        var undeclared = new List<string>();
        foreach (var component in LayeredSolution.Components)
        {
            var allowed = LayeredSolution.DeclaredUses(component).Select(used => used.FullName).Concat(["System", "ArchTemplates", component.FullName]).ToArray();
            var result = types.That().HaveName(component.TypeName).Should().OnlyHaveDependenciesOn(allowed).GetResult();
            undeclared.AddRange(result.FailingTypeNames ?? []);
        }

        return new Findings(layer.FailingTypeNames ?? [], undeclared);
    }

    /// <summary>ArchUnitNET: load and build the architecture, then the layer rule and one rule per component.</summary>
    [Benchmark]
    public Findings ArchUnitNet()
    {
        var architecture = new ArchLoader().LoadAssemblies(Compiled.Value.Assembly).Build();
        var layerRule = Types().That().ResideInNamespace(LayeredSolution.DomainNamespace)
            .Should().NotDependOnAny(Types().That().ResideInNamespace(LayeredSolution.InfrastructureNamespace));
        var undeclared = new List<string>();
        foreach (var component in LayeredSolution.Components)
        {
            var components = Types().That().ResideInAssembly(Compiled.Value.Assembly).And().DoNotHaveFullName(component.FullName);
            foreach (var used in LayeredSolution.DeclaredUses(component))
            {
                components = components.And().DoNotHaveFullName(used.FullName);
            }

            undeclared.AddRange(Failing(Types().That().HaveFullName(component.FullName).Should().NotDependOnAny(components), architecture));
        }

        return new Findings(Failing(layerRule, architecture), undeclared);
    }

    /// <summary>Prints the analyzer's ratios from the means of the run that just finished, beside the issue's targets.</summary>
    public static void PrintRatios(IReadOnlyDictionary<string, double> meanMilliseconds)
    {
        if (meanMilliseconds.TryGetValue(nameof(ConformanceAnalyzerRun), out var analyzer)
            && meanMilliseconds.TryGetValue(nameof(NetArchTest), out var netArchTest)
            && meanMilliseconds.TryGetValue(nameof(ArchUnitNet), out var archUnit))
        {
            var faster = Math.Min(netArchTest, archUnit);
            Console.WriteLine($"//   Conformance analyzer: {analyzer:0.0} ms; NetArchTest.Rules {netArchTest:0.0} ms, ArchUnitNET {archUnit:0.0} ms: {faster / analyzer:0.0}x faster than the faster of the two (target >= 10x)");
        }

        if (meanMilliseconds.TryGetValue(nameof(CompileWithConformance), out var withConformance)
            && meanMilliseconds.TryGetValue(nameof(Compile), out var compile))
        {
            Console.WriteLine($"//   Compile with conformance / without: {withConformance:0.0} ms / {compile:0.0} ms = +{(withConformance / compile - 1) * 100:0.0}% (target <= 5%)");
        }
    }

    private static IEnumerable<string> Failing(TypesShouldConjunction rule, Architecture architecture)
        => rule.Evaluate(architecture).Where(result => !result.Passed).Select(result => ((IHasName)result.EvaluatedObject).FullName);

    private static Findings AnalyzerFindings(ImmutableArray<Diagnostic> diagnostics)
    {
        var unexpected = diagnostics.Where(diagnostic => diagnostic.Id is not ("ARCH201" or "ARCH203")).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException("The conformance analyzer reports what was not seeded: " + string.Join("\n", unexpected.Take(10)));
        }

        return new Findings(TypesReported(diagnostics, "ARCH203"), TypesReported(diagnostics, "ARCH201"));
    }

    /// <summary>The full names of the component types whose files carry diagnostics of <paramref name="id"/>.</summary>
    private static IEnumerable<string> TypesReported(ImmutableArray<Diagnostic> diagnostics, string id)
        => diagnostics
            .Where(diagnostic => diagnostic.Id == id)
            .Select(diagnostic => Path.GetFileNameWithoutExtension(diagnostic.Location.SourceTree!.FilePath))
            .Select(typeName => LayeredSolution.Components.Single(component => component.TypeName == typeName).FullName);

    private static void Check(string tool, Findings findings)
    {
        var expected = new Findings([LayeredSolution.LayerViolator.FullName], [LayeredSolution.UndeclaredUser.FullName]);
        if (!findings.SameAs(expected))
        {
            throw new InvalidOperationException($"{tool} found {findings}, not the seeded {expected}.");
        }
    }

    private static bool Emit(CSharpCompilation compilation)
    {
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        return compilation.Emit(assembly, symbols).Success;
    }

    private static CSharpCompilation CreateCompilation()
        => CSharpCompilation.Create(LayeredSolution.AssemblyName, Trees, SyntheticProject.FrameworkReferences, SyntheticProject.CompilationOptions);

    private static (string Path, System.Reflection.Assembly Assembly) EmitAndLoad()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("conformance-benchmark-").FullName, LayeredSolution.AssemblyName + ".dll");
        var emitted = CreateCompilation().Emit(path);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The layered solution does not compile: " + string.Join("\n", emitted.Diagnostics.Take(10)));
        }

        return (path, System.Reflection.Assembly.LoadFrom(path));
    }

    /// <summary>What a tool found: the types breaking the layer rule, and the components using what no relationship declares.</summary>
    public sealed record Findings(IEnumerable<string> LayerViolations, IEnumerable<string> UndeclaredUses)
    {
        public bool SameAs(Findings other)
            => LayerViolations.Distinct().Order().SequenceEqual(other.LayerViolations.Order())
                && UndeclaredUses.Distinct().Order().SequenceEqual(other.UndeclaredUses.Order());

        public override string ToString()
            => $"layer rule: [{string.Join(", ", LayerViolations.Distinct())}], undeclared uses: [{string.Join(", ", UndeclaredUses.Distinct())}]";
    }
}
