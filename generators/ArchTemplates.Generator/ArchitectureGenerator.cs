using System;
using System.Linq;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Emit;
using ArchTemplates.Generator.Evidence;
using ArchTemplates.Generator.Evidence.Interactions;
using ArchTemplates.Generator.Fragments;
using ArchTemplates.Generator.Inputs;
using ArchTemplates.Generator.Merging;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering;
using Microsoft.CodeAnalysis;
using Components = ArchTemplates.OwnArchitecture.ArchitectureModel.Components;

namespace ArchTemplates.Generator;

/// <summary>
/// Builds the architecture model from architecture.yml, the code's attributes and the projects this one
/// references; emits it as C# (the typed model, and a fragment that referencing projects read); and, in the
/// project that owns the documentation (<c>ArchDocsGenerate=true</c>), renders the document and the
/// data-model schemas that the package's build targets write to disk.
/// </summary>
[Component("Generator Pipeline", Description = "The incremental pipeline: reads every input, merges the model, emits the typed model, the fragment and the document")]
[Relationship(Components.YAMLReader, "Reads architecture.yml with")]
[Relationship(Components.SolutionLister, "Reads the solution's folders and deployment files as listed by", Evidence = global::ArchTemplates.Evidence.None)] // through a file the targets pass
[Relationship(Components.AttributeReaders, "Reads the code's declarations with")]
[Relationship(Components.DataModelReader, "Describes the data models with")]
[Relationship(Components.DecisionReader, "Reads the architecture decision records with")]
[Relationship(Components.ChangeProposer, "Proposes the Change Log's Unreleased rows with")]
[Relationship(Components.InteractionReaders, "Reads the interactions the code shows with")]
[Relationship(Components.ComponentUseReaders, "Reads which components each component's code uses with")]
[Relationship(Components.FragmentExchange, "Exchanges declarations with referenced projects through")]
[Relationship(Components.ModelMerger, "Merges the model with")]
[Relationship(Components.DocumentRenderer, "Renders the document with")]
[Relationship(Components.CodeEmitters, "Emits C# with")]
[Relationship(Components.JSONExport, "Exports the model as JSON with")]
[Relationship(Components.LikeC4Export, "Exports the model as LikeC4 with")]
[Relationship(Components.DocumentationWriter, "Hands the document and schemas, compiled into the assembly, to", Interaction = Interaction.Async, Evidence = global::ArchTemplates.Evidence.None)] // through the assembly the targets pass
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
        // Inputs: the build's properties, architecture.yml, the solution's folders and a custom template.
        var inputs = GeneratorInputs.Register(context);

        // Declarations: this project's code with what it shows (interactions with other containers, uses of
        // components), and the fragments of the projects it references.
        var trees = SourceTrees.Register(context, inputs.Options.Select(static (options, _) => options.Project.Kind));
        var evidence = InteractionFactsProvider.Register(trees)
            .Combine(ComponentUseFactsProvider.Register(trees), static (interactions, componentUses) => interactions.Concat(componentUses).ToEquatableArray())
            .Combine(trees.Select(static (trees, _) => SourceTrees.EvidenceRead(trees)), static (evidence, read) => read ? evidence : (EquatableArray<Declared<CodeFact>>?)null);
        var project = CodeDeclarationsProvider.Register(trees, inputs.Options.Select(static (options, _) => options.Project))
            .Combine(evidence, static (project, evidence) => project with { Declarations = project.Declarations with { Evidence = evidence } });
        var referenced = ReferencedFragments.Register(context, inputs.Options.Select(static (options, _) => options.Root));

        // Model: everything merged. The model carries no locations: a declaration that only moved leaves it
        // equal, and nothing below re-runs.
        var merge = ModelStage.Register(inputs, project, referenced);
        var model = merge.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.Model);

        // Outputs: the typed model, the fragment referencing projects read, the documentation files, and every
        // step's diagnostics.
        GeneratorOutputs.RegisterTypedModel(context, model, inputs.Options);
        GeneratorOutputs.RegisterFragment(context, project, inputs.Options);
        GeneratorOutputs.RegisterDocument(context, model, inputs, _renderTimeout);
        ReportedDiagnostics.Register(context, inputs, project, referenced, merge);
    }
}
