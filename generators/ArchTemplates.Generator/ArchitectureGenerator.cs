using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Emit;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering;
using ArchTemplates.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArchTemplates.Generator;

/// <summary>
/// Builds the architecture model from architecture.yml and the code's attributes, emits it as C#, and,
/// in the project that owns the documentation (<c>ArchDocsGenerate=true</c>), renders the document that
/// the package's build targets write to disk.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArchitectureGenerator : IIncrementalGenerator
{
    /// <summary>The <c>AdditionalFiles</c> metadata value that marks architecture.yml (set by the package's targets).</summary>
    private const string ArchitectureFileRole = "Architecture";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName))
            .Select(static (pair, _) => GeneratorOptions.From(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var yaml = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsArchitectureFile(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => Guard.Run(
                "reading architecture.yml",
                () => ArchitectureYamlReader.Read(pair.Left.Path, pair.Left.GetText(cancellationToken) ?? Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty)),
                failure => new ArchitectureYamlResult(ArchitectureDefinition.Empty, new[] { failure }.ToEquatableArray())))
            .Collect()
            .Select(static (files, _) => files.IsEmpty ? null : files[0])
            .WithTrackingName(TrackingNames.ArchitectureYaml);

        var containers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ContainerAttributeReader.MetadataName,
                static (node, _) => node is CompilationUnitSyntax,
                static (attributeContext, _) => ContainerAttributeReader.Read(attributeContext).ToEquatableArray())
            .Collect()
            .Select(static (batches, _) => batches.SelectMany(batch => batch).OrderBy(container => container.Name, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Containers);

        var model = yaml
            .Combine(containers)
            .Select(static (pair, _) => new ArchitectureModel(pair.Left?.Definition ?? ArchitectureDefinition.Empty, pair.Right))
            .WithTrackingName(TrackingNames.Model);

        context.RegisterSourceOutput(model.Combine(options), static (output, pair) =>
            output.AddSource("ArchitectureModel.g.cs", ModelSourceEmitter.Emit(pair.Left, pair.Right)));

        var document = model
            .Combine(options)
            .Select(static (pair, _) => pair.Right.GenerateDocuments ? Guard.Run(
                "rendering the architecture document",
                () => new DocumentResult(
                    DocumentationOutputEmitter.Emit([new KeyValuePair<string, string>("document", DocumentRenderer.Render(pair.Left))]),
                    EquatableArray<DiagnosticInfo>.Empty),
                failure => new DocumentResult(null, new[] { failure }.ToEquatableArray())) : DocumentResult.None)
            .WithTrackingName(TrackingNames.Document);

        context.RegisterSourceOutput(document, static (output, result) =>
        {
            if (result.Source is not null)
            {
                output.AddSource("DocumentationOutput.g.cs", result.Source);
            }
        });

        // Diagnostics travel as values and are reported here, so a moved line never re-renders anything.
        var diagnostics = yaml
            .Combine(options)
            .Select(static (pair, _) => pair.Left is null
                ? pair.Right.GenerateDocuments
                    ? new[] { DiagnosticInfo.Create(DiagnosticDescriptors.ArchitectureFileNotFound, null) }.ToEquatableArray()
                    : EquatableArray<DiagnosticInfo>.Empty
                : pair.Left.Diagnostics)
            .Combine(document.Select(static (result, _) => result.Diagnostics));

        context.RegisterSourceOutput(diagnostics, static (output, pair) =>
        {
            foreach (var diagnostic in pair.Left.Concat(pair.Right))
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static bool IsArchitectureFile(AdditionalText file, AnalyzerConfigOptionsProvider options)
        => options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.ArchTemplatesRole", out var role)
           && string.Equals(role, ArchitectureFileRole, StringComparison.OrdinalIgnoreCase);

    private sealed record DocumentResult(string? Source, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public static readonly DocumentResult None = new(null, EquatableArray<DiagnosticInfo>.Empty);
    }
}
