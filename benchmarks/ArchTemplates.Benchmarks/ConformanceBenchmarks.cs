using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ArchTemplates.Generator.Conformance;
using Architecture = ArchUnitNET.Domain.Architecture;
using IHasName = ArchUnitNET.Domain.IHasName;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.Loader;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
        CheckReads(new SemanticModelFloorAnalyzer(), Trees.Length);
        CheckReads(new OperationWalkFloorAnalyzer(), LayeredSolution.TypeCount);
        Check("NetArchTest.Rules", NetArchTest());
        Check("ArchUnitNET", ArchUnitNet());
        Console.WriteLine($"// {LayeredSolution.TypeCount:N0} component types; every tool finds exactly the two seeded violations.");
    }

    /// <summary>Parse-free compile of the solution: bind and emit, without analyzers.</summary>
    [Benchmark]
    public bool Compile() => Emit(CreateCompilation());

    /// <summary>The same compile with the conformance analyzer running on it, as a build runs it.</summary>
    [Benchmark]
    public bool CompileWithConformance() => CompileWith(Analyzers[0]);

    /// <summary>The same compile with the operation-walk floor analyzer on it: what any analyzer reading the code's uses adds.</summary>
    [Benchmark]
    public bool CompileWithOperationWalkFloor() => CompileWith(new OperationWalkFloorAnalyzer());

    /// <summary>The conformance analyzer alone on a fresh compilation: binding the code it reads, and its checks.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> ConformanceAnalyzerRun() => Run(Analyzers[0]);

    /// <summary>
    /// The floor under the analyzer: what any analyzer of semantic models costs on a fresh compilation (the driver
    /// binding every file), with nothing done in them.
    /// </summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> SemanticModelFloor() => Run(new SemanticModelFloorAnalyzer());

    /// <summary>The floor of reading uses from operations: the semantic model floor plus every member's operations built and walked, nothing recorded.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> OperationWalkFloor() => Run(new OperationWalkFloorAnalyzer());

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
            if (meanMilliseconds.TryGetValue(nameof(SemanticModelFloor), out var semanticModels) && meanMilliseconds.TryGetValue(nameof(OperationWalkFloor), out var walk))
            {
                Console.WriteLine($"//   Floors: any analyzer of semantic models {semanticModels:0.0} ms ({faster / semanticModels:0.00}x the faster library), the operation walk {walk:0.0} ms; the analyzer's own work {analyzer - walk:0.0} ms");
            }
        }

        if (meanMilliseconds.TryGetValue(nameof(CompileWithConformance), out var withConformance)
            && meanMilliseconds.TryGetValue(nameof(Compile), out var compile))
        {
            Console.WriteLine($"//   Compile with conformance / without: {withConformance:0.0} ms / {compile:0.0} ms = +{(withConformance / compile - 1) * 100:0.0}% (target <= 5%)");
            if (meanMilliseconds.TryGetValue(nameof(CompileWithOperationWalkFloor), out var withFloor))
            {
                Console.WriteLine($"//   Compile with the operation-walk floor: {withFloor:0.0} ms = +{(withFloor / compile - 1) * 100:0.0}%");
            }
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

    /// <summary>Checks a floor analyzer read something in as many files as it must (every file, or every file with a type).</summary>
    private void CheckReads<T>(T floor, int files)
        where T : FloorAnalyzer
    {
        var diagnostics = Run(floor);
        if (!diagnostics.IsEmpty || floor.TreesRead != files)
        {
            throw new InvalidOperationException($"{typeof(T).Name} read {floor.TreesRead} files, not {files}: {string.Join("\n", diagnostics.Take(5))}");
        }
    }

    private static void Check(string tool, Findings findings)
    {
        var expected = new Findings([LayeredSolution.LayerViolator.FullName], [LayeredSolution.UndeclaredUser.FullName]);
        if (!findings.SameAs(expected))
        {
            throw new InvalidOperationException($"{tool} found {findings}, not the seeded {expected}.");
        }
    }

    private bool CompileWith(DiagnosticAnalyzer analyzer)
    {
        var compilation = CreateCompilation();
        var diagnostics = compilation.WithAnalyzers([analyzer], _analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return Emit(compilation) && diagnostics.All(diagnostic => diagnostic.Id != "AD0001");
    }

    private ImmutableArray<Diagnostic> Run(DiagnosticAnalyzer analyzer)
        => CreateCompilation().WithAnalyzers([analyzer], _analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

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

    /// <summary>
    /// An analyzer that reads each file's semantic model as the conformance analyzer does and reports nothing; it
    /// counts the files it read something in, so that the setup can check it read them all.
    /// </summary>
    private abstract class FloorAnalyzer : DiagnosticAnalyzer
    {
        protected const string NeverLoadedByACompiler = "Run in-process by the benchmark, never loaded by a compiler.";

        /// <summary>Never reported: the driver runs no analyzer that supports no diagnostic.</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "Never reported; the benchmark's analyzers ship nowhere.")]
        private static readonly DiagnosticDescriptor Nothing = new("FLOOR", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        private int _treesRead;

        public int TreesRead => _treesRead;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Nothing];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSemanticModelAction(context =>
            {
                if (Read(context.SemanticModel, context.CancellationToken) > 0)
                {
                    Interlocked.Increment(ref _treesRead);
                }
            });
        }

        /// <returns>How many things it read in the file.</returns>
        protected abstract int Read(SemanticModel model, CancellationToken cancellationToken);
    }

    /// <summary>Asks for every file's semantic model and reads nothing from it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036:Specify analyzer banned API enforcement setting", Justification = NeverLoadedByACompiler)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041:Compiler extensions should be implemented in assemblies targeting netstandard2.0", Justification = NeverLoadedByACompiler)]
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class SemanticModelFloorAnalyzer : FloorAnalyzer
    {
        protected override int Read(SemanticModel model, CancellationToken cancellationToken) => 1;
    }

    /// <summary>
    /// Reads what the conformance analyzer's reading must bind, and records nothing: every type declaration's symbol,
    /// the types its parameters, fields and properties are declared with, and the operations of every body.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036:Specify analyzer banned API enforcement setting", Justification = NeverLoadedByACompiler)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041:Compiler extensions should be implemented in assemblies targeting netstandard2.0", Justification = NeverLoadedByACompiler)]
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class OperationWalkFloorAnalyzer : FloorAnalyzer
    {
        protected override int Read(SemanticModel model, CancellationToken cancellationToken)
            => model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes().Sum(node => node switch
            {
                TypeDeclarationSyntax declaration => model.GetDeclaredSymbol(declaration, cancellationToken) is null ? 0 : 1,
                ParameterSyntax { Type: { } type } => model.GetTypeInfo(type, cancellationToken).Type is null ? 0 : 1,
                VariableDeclarationSyntax { Type: var type } => model.GetTypeInfo(type, cancellationToken).Type is null ? 0 : 1,
                PropertyDeclarationSyntax { Type: var type } => model.GetTypeInfo(type, cancellationToken).Type is null ? 0 : 1,
                BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => model.GetOperation(node, cancellationToken)?.DescendantsAndSelf().Count() ?? 0,
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax, Expression: var expression }
                    => model.GetOperation(expression, cancellationToken)?.DescendantsAndSelf().Count() ?? 0,
                _ => 0,
            });
    }
}
