using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Emit;
using ArchTemplates.Generator.Fragments;
using ArchTemplates.Generator.Merging;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering;
using ArchTemplates.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator;

/// <summary>
/// Builds the architecture model from architecture.yml, the code's attributes and the projects this one
/// references; emits it as C# (the typed model, and a fragment that referencing projects read); and, in the
/// project that owns the documentation (<c>ArchDocsGenerate=true</c>), renders the document and the
/// data-model schemas that the package's build targets write to disk.
/// </summary>
[Component("Generator Pipeline", Description = "The incremental pipeline: reads every input, merges the model, emits the typed model, the fragment and the document")]
[Relationship("YAML Reader", "Reads architecture.yml with")]
[Relationship("Attribute Readers", "Reads the code's declarations with")]
[Relationship("Fragment Exchange", "Exchanges declarations with referenced projects through")]
[Relationship("Model Merger", "Merges the model with")]
[Relationship("Document Renderer", "Renders the document with")]
[Relationship("Code Emitters", "Emits C# with")]
[Generator(LanguageNames.CSharp)]
public sealed class ArchitectureGenerator : IIncrementalGenerator
{
    private readonly TimeSpan _renderTimeout;

    /// <summary>Creates the generator as the compiler loads it.</summary>
    public ArchitectureGenerator()
        : this(DocumentRenderer.DefaultTimeout)
    {
    }

    /// <param name="renderTimeout">How long rendering the document may take before it fails with a diagnostic.</param>
    internal ArchitectureGenerator(TimeSpan renderTimeout) => _renderTimeout = renderTimeout;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var renderTimeout = _renderTimeout;
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName))
            .Select(static (pair, _) => GeneratorOptions.From(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var yaml = AdditionalFile(context, "Architecture")
            .Select(static (file, cancellationToken) => file is null ? null : Guard.Run(
                "reading architecture.yml",
                () => ArchitectureYamlReader.Read(file.Path, file.GetText(cancellationToken) ?? SourceText.From(string.Empty)),
                failure => new ArchitectureYamlResult(ArchitectureDefinition.Empty, new[] { failure }.ToEquatableArray(), Unreadable: true)))
            .WithTrackingName(TrackingNames.ArchitectureYaml);

        var listing = AdditionalFile(context, "Listing")
            .Select(static (file, cancellationToken) => file?.GetText(cancellationToken) is { } text ? SolutionListing.Parse(text.ToString()) : null)
            .WithTrackingName(TrackingNames.Listing);

        var template = AdditionalFile(context, "Template")
            .Select(static (file, cancellationToken) => file?.GetText(cancellationToken) is { } text ? new CustomTemplate(file.Path, text.ToString()) : null)
            .WithTrackingName(TrackingNames.Template);

        var code = new CodeProviders(
            AssemblyAttribute(context, ElementAttributeReaders.Container, ElementAttributeReaders.ReadContainers, TrackingNames.Containers),
            AssemblyAttribute(context, ElementAttributeReaders.Person, ElementAttributeReaders.ReadPeople, TrackingNames.People),
            AssemblyAttribute(context, ElementAttributeReaders.ExternalSystem, ElementAttributeReaders.ReadExternalSystems, TrackingNames.ExternalSystems),
            AssemblyAttribute(context, ElementAttributeReaders.Technology, ElementAttributeReaders.ReadTechnologies, TrackingNames.Technologies),
            Attribute(context, ElementAttributeReaders.Component, static node => node is TypeDeclarationSyntax, ElementAttributeReaders.ReadComponents, TrackingNames.Components),
            Attribute(context, RelationshipAttributeReader.MetadataName, static node => node is CompilationUnitSyntax or TypeDeclarationSyntax, RelationshipAttributeReader.Read, TrackingNames.Relationships),
            Attribute(context, ApiAttributeReader.MetadataName, static node => node is CompilationUnitSyntax or TypeDeclarationSyntax or MethodDeclarationSyntax, ApiAttributeReader.Read, TrackingNames.Apis),
            DataModels(context));

        var project = code.Combine()
            .Combine(options)
            .Select(static (pair, _) => Guard.Run(
                "reading the architecture attributes",
                () => ProjectDeclarationsBuilder.Build(pair.Left, pair.Right.Project),
                failure => new ProjectDeclarationsResult(new ProjectDeclarations(pair.Right.Project, ElementDeclarations.Empty), new[] { failure }.ToEquatableArray())))
            .WithTrackingName(TrackingNames.Project);

        var referenced = context.CompilationProvider
            .Select(static (compilation, _) => Guard.Run(
                "reading the architecture of referenced assemblies",
                () => new RawFragments(ReferencedFragments.Find(compilation), null),
                failure => new RawFragments(EquatableArray<RawFragment>.Empty, failure)))
            .Combine(options.Select(static (value, _) => value.Root))
            .Select(static (pair, _) => ParseFragments(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ReferencedProjects);

        var merge = yaml
            .Combine(project)
            .Combine(referenced)
            .Combine(listing)
            .Combine(options.Select(static (value, _) => value.GenerateDocuments))
            .Select(static (input, _) =>
            {
                var ((((yamlResult, projectResult), referencedResult), solutionListing), ownsDocumentation) = input;
                var mergeInput = new MergeInput(
                    yamlResult?.Definition ?? ArchitectureDefinition.Empty,
                    yamlResult?.Unreadable ?? true,
                    projectResult.Declarations,
                    referencedResult.Projects,
                    solutionListing,
                    ownsDocumentation);
                return Guard.Run(
                    "merging the architecture model",
                    () => ModelMerger.Merge(mergeInput),
                    failure => new MergeResult(ArchitectureModel.TitleOnly(mergeInput.Yaml), new[] { failure }.ToEquatableArray()));
            })
            .WithTrackingName(TrackingNames.Merge);

        // The model carries no locations: a declaration that only moved leaves it equal, and nothing below re-runs.
        var model = merge.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.Model);

        context.RegisterSourceOutput(model.Combine(options), static (output, pair) =>
            Emit(output, "emitting the typed model", () => output.AddSource("ArchitectureModel.g.cs", ModelSourceEmitter.Emit(pair.Left, pair.Right))));

        // The project that owns the documentation is the end of the line: nothing reads a fragment of it.
        context.RegisterSourceOutput(project.Combine(options), static (output, pair) =>
        {
            if (!pair.Right.GenerateDocuments)
            {
                Emit(output, "emitting the architecture fragment", () => output.AddSource("ArchitectureFragment.g.cs", FragmentEmitter.Emit(pair.Left.Declarations, pair.Right.Root)));
            }
        });

        var document = model
            .Combine(options.Select(static (value, _) => (value.GenerateDocuments, value.SchemasFolder)))
            .Combine(template)
            .Select((input, cancellationToken) =>
            {
                var ((architecture, (generate, schemasFolder)), customTemplate) = input;
                return generate ? Render(architecture, customTemplate, schemasFolder, renderTimeout, cancellationToken) : DocumentResult.None;
            })
            .WithTrackingName(TrackingNames.Document);

        // Only the build task reads the document, from the compiled assembly; no code refers to it. As an
        // implementation output it may be skipped, rendering included, by a host that needs only what the code
        // means (an IDE that honours the distinction); a build always produces it. Its diagnostics go with it.
        context.RegisterImplementationSourceOutput(document, static (output, result) =>
        {
            if (result.Source is not null)
            {
                output.AddSource("DocumentationOutput.g.cs", result.Source);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Diagnostics travel as values and are reported here (the template's with the document), so a moved
        // line never re-renders anything.
        // Problems of the whole architecture are reported by the project that owns the documentation (it
        // sees everything); every project reports the problems in its own code.
        var diagnostics = options
            .Combine(yaml)
            .Combine(project)
            .Combine(referenced)
            .Combine(merge)
            .Combine(template)
            .Select(static (input, _) =>
            {
                var (((((settings, yamlResult), projectResult), referencedResult), mergeResult), customTemplate) = input;
                var all = new List<DiagnosticInfo>(projectResult.Diagnostics);
                if (settings.GenerateDocuments)
                {
                    all.AddRange(yamlResult?.Diagnostics ?? new[] { DiagnosticInfo.Create(DiagnosticDescriptors.ArchitectureFileNotFound, null) }.ToEquatableArray());
                    all.AddRange(referencedResult.Diagnostics);
                    all.AddRange(mergeResult.Diagnostics);
                    if (customTemplate is null && settings.TemplatePath is { } missing)
                    {
                        all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TemplateNotFound, null, missing));
                    }
                }

                return all.Distinct().ToEquatableArray();
            });

        context.RegisterSourceOutput(diagnostics, static (output, all) =>
        {
            foreach (var diagnostic in all)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static DocumentResult Render(ArchitectureModel model, CustomTemplate? template, string schemasFolder, TimeSpan timeout, System.Threading.CancellationToken cancellationToken)
        => Guard.Run(
            "rendering the architecture document",
            () =>
            {
                var rendered = DocumentRenderer.Render(model, template, schemasFolder, timeout, cancellationToken);
                if (rendered.Markdown is null)
                {
                    return new DocumentResult(null, rendered.Diagnostics);
                }

                var files = new List<KeyValuePair<string, string>> { new(DocumentationContract.DocumentName, rendered.Markdown) };
                files.AddRange(model.DataModels.Select(dataModel => new KeyValuePair<string, string>(DocumentationContract.SchemaPrefix + dataModel.FileName, dataModel.Schema)));
                return new DocumentResult(DocumentationOutputEmitter.Emit(files), rendered.Diagnostics);
            },
            failure => new DocumentResult(null, new[] { failure }.ToEquatableArray()));

    /// <summary>The first additional file with the given ArchTemplatesRole metadata (set by the package's targets), or null.</summary>
    private static IncrementalValueProvider<AdditionalText?> AdditionalFile(IncrementalGeneratorInitializationContext context, string role)
        => context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles.ArchTemplatesRole", out var value)
                && string.Equals(value, role, StringComparison.OrdinalIgnoreCase))
            .Select(static (pair, _) => pair.Left)
            .Collect()
            .Select(static (files, _) => (AdditionalText?)files.OrderBy(file => file.Path, StringComparer.Ordinal).FirstOrDefault());

    private static IncrementalValueProvider<EquatableArray<CodeReadResult<T>>> AssemblyAttribute<T>(
        IncrementalGeneratorInitializationContext context,
        string metadataName,
        Func<AttributeTarget, CodeReadResult<T>> read,
        string trackingName)
        where T : IEquatable<T>
        => Attribute(context, metadataName, static node => node is CompilationUnitSyntax, read, trackingName);

    private static IncrementalValueProvider<EquatableArray<CodeReadResult<T>>> Attribute<T>(
        IncrementalGeneratorInitializationContext context,
        string metadataName,
        Func<SyntaxNode, bool> predicate,
        Func<AttributeTarget, CodeReadResult<T>> read,
        string trackingName)
        where T : IEquatable<T>
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(
                metadataName,
                (node, _) => predicate(node),
                (attributeContext, _) => Guard.Run(
                    $"reading [{attributeContext.Attributes.FirstOrDefault()?.AttributeClass?.Name}] on {attributeContext.TargetSymbol.Name}",
                    () => read(AttributeTarget.From(attributeContext)),
                    failure => new CodeReadResult<T>(EquatableArray<Declared<T>>.Empty, new[] { failure }.ToEquatableArray())))
            .Collect()
            .Select(static (results, _) => Sorted(results))
            .WithTrackingName(trackingName);

    /// <summary>Attribute results in a stable order (by file and position), whatever order the compiler found them in.</summary>
    private static EquatableArray<CodeReadResult<T>> Sorted<T>(ImmutableArray<CodeReadResult<T>> results)
        where T : IEquatable<T>
        => results
            .OrderBy(result => FirstLocation(result)?.FilePath, StringComparer.Ordinal)
            .ThenBy(result => FirstLocation(result)?.Span.Start)
            .ToEquatableArray();

    private static LocationInfo? FirstLocation<T>(CodeReadResult<T> result)
        where T : IEquatable<T>
        => result.Items.Count > 0 ? result.Items[0].Location : result.Diagnostics.Count > 0 ? result.Diagnostics[0].Location : null;

    /// <summary>
    /// Each model's schema is derived where its attribute is found. A schema also depends on the types it
    /// contains, which may be in other files: an IDE refreshes it when the model's own file changes, and
    /// every build starts fresh, so the written files are always current. Re-deriving every schema on every
    /// keystroke instead would cost the IDE far more.
    /// </summary>
    private static IncrementalValueProvider<DataModelResult> DataModels(IncrementalGeneratorInitializationContext context)
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(
                DataModelAttributeReader.MetadataName,
                static (node, _) => node is TypeDeclarationSyntax or EnumDeclarationSyntax,
                static (attributeContext, _) => Guard.Run(
                    $"describing the data model {attributeContext.TargetSymbol.Name}",
                    () => DataModelAttributeReader.Describe(AttributeTarget.From(attributeContext)),
                    failure => new DataModelResult(EquatableArray<Declared<DataModel>>.Empty, new[] { failure }.ToEquatableArray())))
            .Collect()
            .Select(static (results, _) => new DataModelResult(
                results.SelectMany(result => result.Models).OrderBy(model => model.Element.TypeName, StringComparer.Ordinal).ToEquatableArray(),
                results.SelectMany(result => result.Diagnostics).ToEquatableArray()))
            .WithTrackingName(TrackingNames.DataModels);

    private static ReferencedProjectsResult ParseFragments(RawFragments found, string root)
    {
        var projects = new List<ProjectDeclarations>();
        var diagnostics = new List<DiagnosticInfo>();
        if (found.Failure is not null)
        {
            diagnostics.Add(found.Failure);
        }

        foreach (var fragment in found.Fragments)
        {
            try
            {
                if (fragment.Format == FragmentSerializer.Format && FragmentSerializer.Read(fragment.Content, root) is { } declarations)
                {
                    projects.Add(declarations);
                    continue;
                }

                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IncompatibleFragment, null, fragment.Assembly, $"it was written in format {fragment.Format}, this generator reads format {FragmentSerializer.Format}"));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A fragment is another assembly's data: whatever is wrong with it, it must not stop this compilation.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IncompatibleFragment, null, fragment.Assembly, exception.Message));
            }
        }

        return new ReferencedProjectsResult(projects.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Adds generated source; an unexpected failure is ARCH099 rather than CS8785.</summary>
    private static void Emit(SourceProductionContext output, string activity, Action emit)
    {
        var failure = Guard.Run<DiagnosticInfo?>(activity, () =>
        {
            emit();
            return null;
        }, failure => failure);
        if (failure is not null)
        {
            output.ReportDiagnostic(failure.ToDiagnostic());
        }
    }

    private sealed record RawFragments(EquatableArray<RawFragment> Fragments, DiagnosticInfo? Failure);

    private sealed record ReferencedProjectsResult(EquatableArray<ProjectDeclarations> Projects, EquatableArray<DiagnosticInfo> Diagnostics);

    private sealed record DocumentResult(string? Source, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public static readonly DocumentResult None = new(null, EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>The attribute readers' providers, combined into one value per project.</summary>
    private sealed record CodeProviders(
        IncrementalValueProvider<EquatableArray<CodeReadResult<Container>>> Containers,
        IncrementalValueProvider<EquatableArray<CodeReadResult<Person>>> People,
        IncrementalValueProvider<EquatableArray<CodeReadResult<ExternalSystem>>> ExternalSystems,
        IncrementalValueProvider<EquatableArray<CodeReadResult<Technology>>> Technologies,
        IncrementalValueProvider<EquatableArray<CodeReadResult<Component>>> Components,
        IncrementalValueProvider<EquatableArray<CodeReadResult<Relationship>>> Relationships,
        IncrementalValueProvider<EquatableArray<CodeReadResult<ApiEndpoint>>> Apis,
        IncrementalValueProvider<DataModelResult> DataModels)
    {
        public IncrementalValueProvider<CodeDeclarations> Combine()
            => Containers.Combine(People).Combine(ExternalSystems).Combine(Technologies).Combine(Components).Combine(Relationships).Combine(Apis).Combine(DataModels)
                .Select(static (input, _) =>
                {
                    var (((((((containers, people), externalSystems), technologies), components), relationships), apis), dataModels) = input;
                    return new CodeDeclarations(containers, people, externalSystems, technologies, components, relationships, apis, dataModels);
                });
    }
}
