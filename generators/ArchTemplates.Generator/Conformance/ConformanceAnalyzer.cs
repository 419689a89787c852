using ArchTemplates.Generator.Code;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArchTemplates.Generator.Conformance;

/// <summary>
/// Checks the code against the declared architecture as you type (see docs/conformance.md): undeclared dependencies
/// between components (ARCH201), relationships no code shows (ARCH202), dependencies the rules of architecture.yml
/// forbid (ARCH203) and rules that name no element (ARCH204).
/// </summary>
[Relationship(OwnArchitecture.ArchitectureModel.Components.YAMLReader, "Reads the rules of architecture.yml with")]
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[Component("Conformance Analyzer", Description = "Checks the code's dependencies against the declared relationships and the rules of architecture.yml, as you type")]
public sealed class ConformanceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ConformanceDescriptors.UndeclaredDependency,
        ConformanceDescriptors.UnverifiedRelationship,
        ConformanceDescriptors.ForbiddenDependency,
        ConformanceDescriptors.UnknownRuleElement);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var definition = ArchitectureFile.Definition(start.Options, start.CancellationToken);
            if (start.Compilation.GetTypeByMetadataName(ArchitectureAttributeNames.Component) is null && definition.Rules.Count == 0)
            {
                return;
            }

            var check = new ConformanceCheck(
                start.Compilation,
                ArchitectureCatalog.Build(start.Compilation, definition, start.CancellationToken),
                definition.Rules,
                ArchitectureFile.GeneratesDocument(start.Options));
            start.RegisterSemanticModelAction(check.AnalyzeTree);
            start.RegisterCompilationEndAction(check.ReportAtEnd);
        });
    }
}
