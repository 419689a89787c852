using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ArchTemplates.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// A project of the synthetic solution, in memory, as the compiler sees it: its sources, references,
/// architecture.yml and build properties. The documentation project sees the synthetic architecture in one of
/// two shapes:
/// <list type="bullet">
/// <item><see cref="SingleCompilation"/>: every declaration is in this project's sources and the containers are
/// declared in architecture.yml (attribute discovery's worst case: everything goes through the syntax pipeline).</item>
/// <item><see cref="WithContainerProjects"/>: each container is a referenced project, compiled beforehand with the
/// generator, so this project reads 200 fragments and has no architecture in its own sources.</item>
/// </list>
/// <see cref="ContainerProject"/> is one of those 200 container projects: what a team edits most of the time.
/// </summary>
internal sealed class SyntheticProject
{
    private const string DocumentationAssemblyName = "Synthetic.Architecture";
    private const string YamlPath = "/repo/architecture.yml";
    private const string DocumentSource = "DocumentationOutput.g.cs";
    private const string FragmentSource = "ArchitectureFragment.g.cs";

    /// <summary>What the documentation checks for: the last container, component and data model.</summary>
    private static readonly string[] LastElementNames =
    [
        SyntheticArchitecture.ContainerName(SyntheticArchitecture.ContainerCount - 1),
        SyntheticArchitecture.ComponentName(SyntheticArchitecture.ComponentCount - 1),
        SyntheticArchitecture.DataModelName(SyntheticArchitecture.DataModelCount - 1),
    ];

    /// <summary>How every benchmark parses and compiles: the latest language, a library with nullable annotations.</summary>
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    internal static readonly CSharpCompilationOptions CompilationOptions = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
    /// <summary>The running framework's assemblies and the attributes, loaded once (as the compiler server keeps them).</summary>
    internal static readonly ImmutableArray<MetadataReference> FrameworkReferences = LoadFrameworkReferences();
    private static readonly Lazy<ImmutableArray<MetadataReference>> WebProjectReferences = new(LoadWebProjectReferences);

    private readonly string _assemblyName;
    private readonly bool _ownsDocumentation;
    private readonly ImmutableArray<SourceFile> _sources;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly AdditionalText _yaml;
    private readonly Dictionary<string, string> _options;
    private readonly ImmutableArray<string> _expectedNames;

    private SyntheticProject(string assemblyName, bool ownsDocumentation, IEnumerable<SourceFile> sources, IEnumerable<MetadataReference> projectReferences, string yaml, IEnumerable<string> expectedNames, ImmutableArray<MetadataReference>? frameworkReferences = null)
    {
        _expectedNames = [.. expectedNames];
        _assemblyName = assemblyName;
        _ownsDocumentation = ownsDocumentation;
        _sources = [.. sources];
        _references = [.. frameworkReferences ?? FrameworkReferences, .. projectReferences];
        _yaml = new InMemoryAdditionalText(YamlPath, yaml);
        _options = new()
        {
            ["build_property.RootNamespace"] = assemblyName,
            ["build_property.MSBuildProjectName"] = assemblyName,
            ["build_property.ArchDocsGenerate"] = ownsDocumentation ? "true" : "false",
        };
        Trees = [.. _sources.Select(Parse)];
    }

    /// <summary>The sources parsed once: the compiler parses before generators run, so generator timings start from these.</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    public static SyntheticProject SingleCompilation()
        => new(
            DocumentationAssemblyName,
            ownsDocumentation: true,
            Enumerable.Range(0, SyntheticArchitecture.ContainerCount)
                .SelectMany(container => SyntheticArchitecture.ContainerSources(container, ownProject: false))
                .Append(SyntheticArchitecture.Unrelated(42)),
            [],
            SyntheticArchitecture.Yaml(declareContainers: true),
            LastElementNames);

    /// <summary>Builds the 200 container projects (sources, generator, emit) and the documentation project that references them.</summary>
    public static SyntheticProject WithContainerProjects()
    {
        var containerAssemblies = Enumerable.Range(0, SyntheticArchitecture.ContainerCount).Select(BuildContainerAssembly).ToList();
        return new SyntheticProject(DocumentationAssemblyName, ownsDocumentation: true, [SyntheticArchitecture.Unrelated(42)], containerAssemblies, SyntheticArchitecture.Yaml(declareContainers: false), LastElementNames);
    }

    /// <summary>
    /// One container's own project: <c>[assembly: Container]</c>, its 10 components, and its data model if it has
    /// one, compiled against a web project's references (a service project's, as in the scaffold).
    /// </summary>
    public static SyntheticProject ContainerProject(int container)
        => new(
            $"Synthetic.Container{container:D3}",
            ownsDocumentation: false,
            SyntheticArchitecture.ContainerSources(container, ownProject: true),
            [],
            SyntheticArchitecture.Yaml(declareContainers: false),
            SyntheticArchitecture.ElementNames(container),
            WebProjectReferences.Value);

    /// <summary>How many assemblies the project is compiled against.</summary>
    public int ReferenceCount => _references.Length;

    public CSharpCompilation CreateCompilation() => CSharpCompilation.Create(_assemblyName, Trees, _references, CompilationOptions);

    /// <summary>What "compile" means here: parse every source, bind, and emit the assembly and its portable PDB, without generators.</summary>
    public EmitResult Compile()
    {
        var compilation = CSharpCompilation.Create(_assemblyName, _sources.Select(Parse), _references, CompilationOptions);
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        return compilation.Emit(assembly, symbols);
    }

    /// <summary>The same with the generator running first and its output compiled too: the build's total cost.</summary>
    public EmitResult CompileWithGenerator()
    {
        var compilation = CSharpCompilation.Create(_assemblyName, _sources.Select(Parse), _references, CompilationOptions);
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        return generated.Emit(assembly, symbols);
    }

    /// <summary>Binds the attributes of every annotated type declaration, as attribute discovery does; returns how many.</summary>
    public static int BindAnnotatedDeclarations(CSharpCompilation compilation)
    {
        var attributes = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(declaration => declaration.AttributeLists.Count > 0))
            {
                attributes += semanticModel.GetDeclaredSymbol(declaration)!.GetAttributes().Length;
            }
        }

        return attributes;
    }

    /// <summary>A fresh driver: nothing cached. Step tracking costs time, so only checks and the step profile turn it on.</summary>
    /// <param name="trackSteps">Whether the driver records every step's inputs, outputs and time.</param>
    /// <param name="disabledOutputs">Outputs the host skips (a build skips none).</param>
    public GeneratorDriver CreateDriver(bool trackSteps = false, IncrementalGeneratorOutputKind disabledOutputs = IncrementalGeneratorOutputKind.None)
        => CSharpGeneratorDriver.Create(
            [new ArchitectureGenerator().AsSourceGenerator()],
            [_yaml],
            ParseOptions,
            new InMemoryOptionsProvider(_options, new() { [_yaml.Path] = new() { ["build_metadata.AdditionalFiles.ArchTemplatesRole"] = "Architecture" } }),
            new GeneratorDriverOptions(disabledOutputs, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The compilation with the unrelated file changed.</summary>
    public static CSharpCompilation EditUnrelatedFile(CSharpCompilation compilation)
        => Replace(compilation, SyntheticArchitecture.Unrelated(43));

    /// <summary>The compilation with one component's description changed (single-compilation shape only).</summary>
    public static CSharpCompilation EditComponentDescription(CSharpCompilation compilation)
        => Replace(compilation, SyntheticArchitecture.Component(
            SyntheticArchitecture.EditedComponent,
            SyntheticArchitecture.ComponentDescription(SyntheticArchitecture.EditedComponent) + " and audits it",
            ownProject: false));

    /// <summary>
    /// Runs the generator once and throws unless it did the real work: no exception, no warning or error, and
    /// its output (the document, or a container project's fragment) names the elements expected there.
    /// Returns what it generated, for the log.
    /// </summary>
    public string VerifyFullRun()
    {
        var driver = CreateDriver().RunGenerators(CreateCompilation());
        var result = driver.GetRunResult().Results.Single();
        var problems = result.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        if (result.Exception is not null || problems.Count > 0)
        {
            throw new InvalidOperationException($"The generator run is not clean: {result.Exception}{string.Join("\n", problems.Take(10))}");
        }

        var output = result.GeneratedSources.SingleOrDefault(source => source.HintName == (_ownsDocumentation ? DocumentSource : FragmentSource)).SourceText?.ToString()
            ?? throw new InvalidOperationException($"The generator wrote no {(_ownsDocumentation ? "document" : "fragment")}.");
        foreach (var name in _expectedNames.Where(name => !output.Contains(name, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"The generator's output does not mention '{name}'.");
        }

        return $"no diagnostics, generated {string.Join(", ", result.GeneratedSources.Select(source => $"{source.HintName} ({source.SourceText.Length:N0} chars)"))}";
    }

    /// <summary>Throws unless the edit makes the document step run again exactly when <paramref name="expectRender"/>.</summary>
    public void VerifyIncrementalRun(Func<CSharpCompilation, CSharpCompilation> edit, bool expectRender)
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver(trackSteps: true).RunGenerators(compilation).RunGenerators(edit(compilation));
        var documentSteps = driver.GetRunResult().Results.Single().TrackedSteps["Document"];
        var rendered = documentSteps.SelectMany(step => step.Outputs).Any(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        if (rendered != expectRender)
        {
            throw new InvalidOperationException($"The edit {(rendered ? "re-rendered" : "did not re-render")} the document.");
        }
    }

    /// <summary>One container's project, built as the build would: generator (not owning the documentation), then emit.</summary>
    private static MetadataReference BuildContainerAssembly(int container)
    {
        var project = ContainerProject(container);
        project.CreateDriver().RunGeneratorsAndUpdateCompilation(project.CreateCompilation(), out var output, out var diagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success || diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"{project._assemblyName} does not build: {string.Join("\n", diagnostics.Concat(emitted.Diagnostics).Take(10))}");
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, SourceFile file)
    {
        var old = compilation.SyntaxTrees.Single(tree => tree.FilePath == file.Path);
        return compilation.ReplaceSyntaxTree(old, Parse(file));
    }

    /// <summary>Parsed as the compiler reads files: as UTF-8 text (a PDB needs the encoding).</summary>
    private static SyntaxTree Parse(SourceFile file) => CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), ParseOptions, file.Path);

    /// <summary>The running framework's assemblies and the attributes, loaded once (as the compiler server keeps them).</summary>
    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
        =>
        [
            .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(ContainerAttribute).Assembly.Location),
        ];

    /// <summary>The reference assemblies of a web project (.NET and ASP.NET Core), as the build resolved them for this project, and the attributes.</summary>
    private static ImmutableArray<MetadataReference> LoadWebProjectReferences()
        =>
        [
            .. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "web-project-references.txt"))
                .Where(path => path.Length > 0)
                .Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(ContainerAttribute).Assembly.Location),
        ];

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class InMemoryOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>> files) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions NoOptions = new DictionaryOptions([]);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => files.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : NoOptions;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
