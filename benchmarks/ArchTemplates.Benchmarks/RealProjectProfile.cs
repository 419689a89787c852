using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ArchTemplates.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// The generator on a real project, in process: the project's compiler command line (the <c>csc</c> line that
/// <c>dotnet build -v:d</c> prints for its Csc task) compiled again and again, each run a new compilation of the same
/// sources and metadata, as a compiler server makes one per build. Three measurements alternate run by run:
/// the generator on a fresh driver; the binding floor, what reading evidence from code cannot do without (every
/// member body, accessor, initializer and top-level statement of the project bound once, without nullable analysis,
/// as the evidence readers bind them); and, for scale, the compiler's own checking of the project with the sources the
/// generator writes (<c>GetDiagnostics</c>: binding with nullable analysis, all of a compile but emitting). Then the
/// generator's own steps, timed by its driver.
/// </summary>
internal static class RealProjectProfile
{
    private const int WarmUpRounds = 300;
    private const int MeasuredRounds = 100;

    public static void Print(string commandLineFile, string projectDirectory)
    {
        var project = Load(File.ReadAllText(commandLineFile), projectDirectory);
        var generated = project.CreateDriver().RunGenerators(project.CreateCompilation()).GetRunResult().GeneratedTrees;
        CSharpCompilation WithGenerated() => project.CreateCompilation().AddSyntaxTrees(generated);

        // Other generators' sources are not there (their analyzers are not loaded): code that needs them has errors,
        // which the compiler's checking still binds through.
        var missing = WithGenerated().GetDiagnostics().Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        var measurements = new (string Name, Func<CSharpCompilation> Compilation, Action<CSharpCompilation> Run)[]
        {
            ("generator (fresh driver)", project.CreateCompilation, compilation => project.CreateDriver().RunGenerators(compilation)),
            ("binding floor", project.CreateCompilation, BindEveryBody),
            ("compiler's checking", WithGenerated, compilation => compilation.GetDiagnostics()),
        };

        var elapsed = new TimeSpan[measurements.Length];
        for (var round = 0; round < WarmUpRounds + MeasuredRounds; round++)
        {
            for (var index = 0; index < measurements.Length; index++)
            {
                var compilation = measurements[index].Compilation();
                var start = Stopwatch.GetTimestamp();
                measurements[index].Run(compilation);
                if (round >= WarmUpRounds)
                {
                    elapsed[index] += Stopwatch.GetElapsedTime(start);
                }
            }
        }

        Console.WriteLine($"// {project.Name}: {project.Trees.Length} files, {project.References.Length} references; mean of {MeasuredRounds} alternating rounds after {WarmUpRounds} warm-up rounds");
        if (missing > 0)
        {
            Console.WriteLine($"//   ({missing} errors where the project needs other generators' sources)");
        }

        for (var index = 0; index < measurements.Length; index++)
        {
            Console.WriteLine($"//   {measurements[index].Name,-34} {elapsed[index].TotalMilliseconds / MeasuredRounds,8:0.00} ms");
        }

        StepProfile.Print($"{project.Name}, the generator's steps", project.CreateCompilation, compilation => (project.CreateDriver(trackSteps: true), compilation), WarmUpRounds);
    }

    private static void BindEveryBody(CSharpCompilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
#pragma warning disable RSEXPERIMENTAL001 // The same option the generator's code stage asks for.
            var model = compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var code = node switch
                {
                    BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
                    AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression,
                    PropertyDeclarationSyntax property => (SyntaxNode?)property.ExpressionBody?.Expression ?? property.Initializer?.Value,
                    VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } field => field.Initializer?.Value,
                    GlobalStatementSyntax statement => statement.Statement,
                    _ => null,
                };
                if (code is not null)
                {
                    model.GetOperation(code);
                }
            }
        }
    }

    private static RealProject Load(string commandLine, string projectDirectory)
    {
        // The first word is the compiler itself; analyzers are left out, the generator is the one built here.
        var arguments = Words(commandLine).Skip(1).Where(argument => !argument.StartsWith("/analyzer:", StringComparison.Ordinal) && argument != "/reportanalyzer");
        var parsed = CSharpCommandLineParser.Default.Parse(arguments, projectDirectory, sdkDirectory: null);
        if (parsed.Errors.FirstOrDefault(error => error.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException($"The command line does not parse: {error}");
        }

        var trees = parsed.SourceFiles
            .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file.Path), Encoding.UTF8), parsed.ParseOptions, file.Path))
            .ToImmutableArray();
        var references = parsed.MetadataReferences
            .Select(reference => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(reference.Reference, projectDirectory)))
            .ToImmutableArray();
        var configuration = AnalyzerConfigSet.Create(parsed.AnalyzerConfigPaths.Select(path => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(path)), path)).ToList());
        var additionalFiles = parsed.AdditionalFiles
            .Select(file => (AdditionalText)new SyntheticProject.InMemoryAdditionalText(file.Path, File.ReadAllText(file.Path)))
            .ToImmutableArray();
        return new RealProject(parsed.CompilationName ?? "project", trees, references, parsed.CompilationOptions, parsed.ParseOptions, additionalFiles, new ConfiguredOptions(configuration));
    }

    /// <summary>The words of a command line, where quotes keep spaces inside one word (as MSBuild writes paths).</summary>
    private static IEnumerable<string> Words(string commandLine)
    {
        var word = new StringBuilder();
        var quoted = false;
        foreach (var character in commandLine.Trim())
        {
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(character) && !quoted)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
            else
            {
                word.Append(character);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private sealed record RealProject(
        string Name,
        ImmutableArray<SyntaxTree> Trees,
        ImmutableArray<MetadataReference> References,
        CSharpCompilationOptions Options,
        CSharpParseOptions ParseOptions,
        ImmutableArray<AdditionalText> AdditionalFiles,
        AnalyzerConfigOptionsProvider AnalyzerOptions)
    {
        /// <summary>A new compilation of the same trees and metadata: nothing bound yet, metadata already read.</summary>
        public CSharpCompilation CreateCompilation() => CSharpCompilation.Create(Name, Trees, References, Options);

        /// <summary>A new driver of a new generator, whose per-tree cache starts empty as in a command-line build.</summary>
        public CSharpGeneratorDriver CreateDriver(bool trackSteps = false)
            => CSharpGeneratorDriver.Create(
                [new ArchitectureGenerator().AsSourceGenerator()],
                AdditionalFiles,
                ParseOptions,
                AnalyzerOptions,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>The project's .editorconfig and generated MSBuild configuration, as the compiler reads them.</summary>
    private sealed class ConfiguredOptions(AnalyzerConfigSet configuration) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(configuration.GlobalConfigOptions.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

        private Options For(string path) => new(configuration.GetOptionsForSourcePath(path).AnalyzerOptions);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
