using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ArchTemplates.Generator.Rendering;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Tests;

/// <summary>Runs <see cref="ArchitectureGenerator"/> in-process on an in-memory project, as the compiler would.</summary>
[ArchTemplates.Component("Generator Harness", Container = "Test Suite", Description = "Runs the generator in-process on in-memory projects, as the compiler would")]
[ArchTemplates.Relationship("Generator Pipeline", "Drives")]
[ArchTemplates.Relationship("Document Renderer", "Sets the time limit of")]
internal sealed class GeneratorHarness
{
    public const string YamlPath = "/repo/architecture.yml";

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(ContainerAttribute).Assembly.Location),
    ];

    public const string DecisionsFolder = "/repo/docs/adr/";

    public const string ReleasedModelPath = "/repo/docs/architecture.released.json";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private readonly Dictionary<string, string> _globalOptions = new()
    {
        ["build_property.RootNamespace"] = "Acme.Sensors",
        ["build_property.ArchDocsGenerate"] = "true",
        ["build_property.MSBuildProjectName"] = "Acme.Sensors.Architecture",
        ["build_property._ArchDocsEncodedProjectDir"] = "/repo/src/Acme.Sensors.Architecture/",
        ["build_property._ArchDocsEncodedRoot"] = "/repo/",
    };

    private readonly List<AdditionalText> _additionalTexts = [];
    private readonly List<MetadataReference> _projectReferences = [];
    private readonly Dictionary<string, Dictionary<string, string>> _fileOptions = [];
    private TimeSpan _renderTimeout = DocumentRenderer.DefaultTimeout;

    public GeneratorHarness WithYaml(string yaml)
    {
        _additionalTexts.Add(new InMemoryAdditionalText(YamlPath, yaml));
        _fileOptions[YamlPath] = new() { ["build_metadata.AdditionalFiles.ArchTemplatesRole"] = "Architecture" };
        return this;
    }

    /// <summary>Adds the folder listing the build writes for the documentation project ("d path" / "f path" lines).</summary>
    public GeneratorHarness WithListing(string listing)
    {
        const string path = "/repo/obj/archdocs.listing.txt";
        _additionalTexts.Add(new InMemoryAdditionalText(path, listing));
        _fileOptions[path] = new() { ["build_metadata.AdditionalFiles.ArchTemplatesRole"] = "Listing" };
        return this;
    }

    /// <summary>Adds a custom document template (the ArchDocsTemplate property).</summary>
    public GeneratorHarness WithTemplate(string path, string template)
    {
        _additionalTexts.Add(new InMemoryAdditionalText(path, template));
        _fileOptions[path] = new() { ["build_metadata.AdditionalFiles.ArchTemplatesRole"] = "Template" };
        return WithPath("Template", path);
    }

    /// <summary>Adds an architecture decision record to the decisions folder, /repo/docs/adr.</summary>
    public GeneratorHarness WithDecision(string fileName, string text)
    {
        var path = DecisionsFolder + fileName;
        _additionalTexts.Add(new InMemoryAdditionalText(path, text));
        _fileOptions[path] = new() { ["build_metadata.AdditionalFiles.ArchTemplatesRole"] = "Decision" };
        return this;
    }

    /// <summary>Adds the model as last released, /repo/docs/architecture.released.json.</summary>
    public GeneratorHarness WithReleasedModel(string json)
    {
        _additionalTexts.Add(new InMemoryAdditionalText(ReleasedModelPath, json));
        _fileOptions[ReleasedModelPath] = new() { ["build_metadata.AdditionalFiles.ArchTemplatesRole"] = "ReleasedModel" };
        return this;
    }

    /// <summary>Gives rendering the document <paramref name="timeout"/> instead of the default limit.</summary>
    public GeneratorHarness WithRenderTimeout(TimeSpan timeout)
    {
        _renderTimeout = timeout;
        return this;
    }

    public GeneratorHarness WithProperty(string name, string value)
    {
        _globalOptions["build_property." + name] = value;
        return this;
    }

    /// <summary>A path property (ProjectDir, Root, Template, SchemasPath, LikeC4Path), percent-encoded as the package's targets pass it.</summary>
    public GeneratorHarness WithPath(string name, string path)
        => WithProperty("_ArchDocsEncoded" + name, path.Replace("%", "%25").Replace("#", "%23").Replace(";", "%3B").Replace(" ", "%20"));

    /// <summary>
    /// Adds a referenced project: its sources are compiled with the generator (as a project that does not own
    /// the documentation), so its assembly carries the architecture fragment a real build would produce.
    /// </summary>
    public GeneratorHarness WithProjectReference(TestProject reference, bool builtWithGenerator = true)
    {
        var project = new GeneratorHarness();
        foreach (var text in _additionalTexts)
        {
            project._additionalTexts.Add(text);
            project._fileOptions[text.Path] = _fileOptions[text.Path];
        }

        project.WithProperty("ArchDocsGenerate", "false")
            .WithProperty("RootNamespace", reference.Name)
            .WithProperty("MSBuildProjectName", reference.Name)
            .WithPath("ProjectDir", $"/repo/{reference.Directory}/")
            .WithProperty("TargetFramework", "net10.0")
            .WithProperty("ArchDocsPackages", reference.Packages)
            .WithProperty("_ArchDocsProjectKind", reference.Kind)
            .WithProperty("_ArchDocsProjectReferences", string.Join(",", reference.References));
        Compilation output = Compilation(reference.Name, reference.Sources, _projectReferences, $"/repo/{reference.Directory}");
        if (builtWithGenerator)
        {
            project.CreateDriver().RunGeneratorsAndUpdateCompilation(output, out output, out var diagnostics);
            Assert.Empty(diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        }

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        _projectReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        return this;
    }

    public static CSharpCompilation Compilation(params string[] sources)
        => Compilation("Acme.Sensors.Architecture", sources, [], "/repo/src");

    private static CSharpCompilation Compilation(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference> projectReferences, string folder)
        => CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"{folder}/File{index}.cs")),
            References.Concat(projectReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <param name="disabledOutputs">Outputs the host skips, as an IDE may skip implementation outputs; a build skips none.</param>
    public GeneratorDriver CreateDriver(IncrementalGeneratorOutputKind disabledOutputs = IncrementalGeneratorOutputKind.None)
        => CSharpGeneratorDriver.Create(
            [new ArchitectureGenerator(_renderTimeout).AsSourceGenerator()],
            _additionalTexts,
            ParseOptions,
            new TestOptionsProvider(_globalOptions, _fileOptions),
            new GeneratorDriverOptions(disabledOutputs, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns everything it produced.</summary>
    public GeneratorRun Run(params string[] sources) => Run(IncrementalGeneratorOutputKind.None, sources);

    /// <summary>Runs the generator once, as a host that skips <paramref name="disabledOutputs"/> would.</summary>
    public GeneratorRun Run(IncrementalGeneratorOutputKind disabledOutputs, params string[] sources)
    {
        var driver = CreateDriver(disabledOutputs);
        return Run(ref driver, DocumentationProject(sources));
    }

    /// <summary>Runs <paramref name="driver"/> on <paramref name="compilation"/> and keeps its state for the next run, as an IDE does.</summary>
    public static GeneratorRun Run(ref GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>
    /// Runs the generator on the documentation project of <paramref name="sources"/>, then <paramref name="analyzer"/> on
    /// the result, as a build does, and returns what the analyzer reported.
    /// </summary>
    public Task<ImmutableArray<Diagnostic>> Analyze(DiagnosticAnalyzer analyzer, params string[] sources)
        => Run(sources).OutputCompilation
            .WithAnalyzers([analyzer], new AnalyzerOptions([.. _additionalTexts], new TestOptionsProvider(_globalOptions, _fileOptions)))
            .GetAnalyzerDiagnosticsAsync();

    /// <summary>The documentation project's compilation of <paramref name="sources"/>, referencing the projects added so far.</summary>
    public CSharpCompilation DocumentationProject(params string[] sources)
        => Compilation("Acme.Sensors.Architecture", sources, _projectReferences, "/repo/src/Acme.Sensors.Architecture");

    /// <summary>The assemblies of the projects added with <see cref="WithProjectReference"/>, in order.</summary>
    public IReadOnlyList<MetadataReference> ProjectReferences => _projectReferences;

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class TestOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>> files) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => new DictionaryOptions(files.TryGetValue(textFile.Path, out var options) ? options : []);
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>
/// A project the documentation project references: its name, folder under /repo, packages ("Id@Version,...") and
/// sources; what it builds (<see cref="Kind"/>, as the build describes it: "web", "library", "test", ...) and the
/// projects it references by name.
/// </summary>
public sealed record TestProject(string Name, string Directory, string Packages, params string[] Sources)
{
    public string Kind { get; init; } = "library";

    public IReadOnlyList<string> References { get; init; } = [];
}

/// <summary>What one generator run produced: sources, the compilation including them, and diagnostics.</summary>
public sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation OutputCompilation, ImmutableArray<Diagnostic> Diagnostics)
{
    public string Source(string hintName)
        => Result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    public bool HasSource(string hintName)
        => Result.Results.Single().GeneratedSources.Any(source => source.HintName == hintName);

    /// <summary>The files the build would write, read back from the emitted constants the way the build task reads them from the assembly.</summary>
    public IReadOnlyDictionary<string, string> Files()
    {
        var output = OutputCompilation.GetTypeByMetadataName("ArchTemplates.Generated.DocumentationOutput");
        Assert.NotNull(output);
        return output.GetMembers().OfType<IFieldSymbol>()
            .Select(field => (string)field.ConstantValue!)
            .ToDictionary(text => text[..text.IndexOf('\n', StringComparison.Ordinal)], text => text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }

    public string Document() => Files()["document"];
}
