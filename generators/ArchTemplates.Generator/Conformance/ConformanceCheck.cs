using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Evidence;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArchTemplates.Generator.Conformance;

/// <summary>
/// The conformance check of one compilation. Each syntax tree reports its own findings, the first use in the file
/// for each pair of components (ARCH201) and for each rule and pair of types (ARCH203); at the end, the declared
/// relationships no tree showed (ARCH202) and rules naming unknown elements (ARCH204).
/// </summary>
internal sealed class ConformanceCheck
{
    private readonly Compilation _compilation;
    private readonly ArchitectureCatalog _catalog;
    private readonly EquatableArray<Declared<DependencyRule>> _rules;
    private readonly bool _generatesDocument;
    private readonly ComponentReach _reach;
    private readonly List<Layer> _knownLayers;

    public ConformanceCheck(Compilation compilation, ArchitectureCatalog catalog, EquatableArray<Declared<DependencyRule>> rules, bool generatesDocument)
    {
        _compilation = compilation;
        _catalog = catalog;
        _rules = rules;
        _generatesDocument = generatesDocument;
        _reach = new ComponentReach(type => catalog.ComponentOf(type)?.Name, catalog.IsArchitectureAssembly, ReadRegistrations);
        _knownLayers = catalog.ContainerNames.Concat(catalog.ComponentNames)
            .Select(name => new Layer(LayerKind.Element, name))
            .Concat(rules.SelectMany(rule => rule.Element.Layers.Append(rule.Element.From)))
            .Distinct()
            .ToList();
    }

    public void AnalyzeTree(SemanticModelAnalysisContext context)
    {
        var reportedPairs = new HashSet<(string, string)>();
        var reportedRules = new HashSet<(DependencyRule, TypeId, TypeId)>();
        foreach (var use in CodeUses.InTree(context.SemanticModel, context.CancellationToken))
        {
            CheckComponents(context, use, reportedPairs);
            CheckRules(context, use, reportedRules);
        }
    }

    public void ReportAtEnd(CompilationAnalysisContext context)
    {
        var reached = new Dictionary<string, (HashSet<string> Components, bool Unresolved)>(StringComparer.Ordinal);
        foreach (var relationship in _catalog.Relationships.Where(relationship => relationship.InSource && relationship.Evidence == global::ArchTemplates.Evidence.Code))
        {
            if (_catalog.ComponentNamed(relationship.From) is not { InSource: true } from
                || _catalog.ComponentNamed(relationship.To) is not { } to
                || from.Name == to.Name)
            {
                continue;
            }

            if (!reached.TryGetValue(from.Name, out var uses))
            {
                uses = reached[from.Name] = _reach.Reached(from.Name);
            }

            if (!uses.Components.Contains(to.Name) && !uses.Unresolved)
            {
                context.ReportDiagnostic(Diagnostic.Create(ConformanceDescriptors.UnverifiedRelationship, relationship.Location, from.Name, to.Name));
            }
        }

        if (_generatesDocument)
        {
            ReportUnknownRuleElements(context);
        }
    }

    private void CheckComponents(SemanticModelAnalysisContext context, TypeUse use, HashSet<(string, string)> reported)
    {
        var user = _catalog.ComponentOf(use.User);
        foreach (var type in _reach.Record(use))
        {
            if (user is null || use.Kind == UseKind.Registration || _catalog.ComponentOf(type) is not { } used || used.Name == user.Name)
            {
                continue;
            }

            if (!_catalog.Declares(user, used) && reported.Add((user.Name, used.Name)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    ConformanceDescriptors.UndeclaredDependency,
                    InTree(context, use),
                    ImmutableDictionary<string, string?>.Empty.Add(ConformanceDescriptors.UsedComponentProperty, used.Name),
                    user.Name,
                    used.Name,
                    used.Container ?? "no container"));
            }
        }
    }

    private void CheckRules(SemanticModelAnalysisContext context, TypeUse use, HashSet<(DependencyRule, TypeId, TypeId)> reported)
    {
        foreach (var declared in _rules)
        {
            var rule = declared.Element;
            if (!Matches(rule.From, use.User) || Violated(rule, use) is not { } layer || !reported.Add((rule, use.User, use.Type)))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                ConformanceDescriptors.ForbiddenDependency,
                InTree(context, use),
                declared.Location is { } ruleLocation ? [ruleLocation.ToLocation()] : null,
                rule.From.Name,
                layer.Name,
                use.User.DisplayName,
                use.Type.DisplayName,
                rule.Text,
                rule.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Where a use is, in the tree under analysis (so an IDE can underline it and offer fixes there).</summary>
    private static Location? InTree(SemanticModelAnalysisContext context, TypeUse use)
        => use.Location is { } location ? Location.Create(context.SemanticModel.SyntaxTree, location.Span) : null;

    /// <summary>The layer a use reaches that the rule forbids, or null.</summary>
    private Layer? Violated(DependencyRule rule, TypeUse use)
    {
        if (!rule.AllowList)
        {
            return rule.Layers.FirstOrDefault(layer => Matches(layer, use.Type) && !Matches(layer, use.User));
        }

        if (Matches(rule.From, use.Type) || rule.Layers.Any(layer => Matches(layer, use.Type)))
        {
            return null;
        }

        return _knownLayers.FirstOrDefault(layer => layer != rule.From && Matches(layer, use.Type) && !Matches(layer, use.User));
    }

    private bool Matches(Layer layer, TypeId type) => layer.Kind switch
    {
        LayerKind.Project => string.Equals(type.Assembly, layer.Name, StringComparison.OrdinalIgnoreCase),
        LayerKind.Namespace => type.IsInNamespace(layer.Name),
        _ => _catalog.ComponentOf(type)?.Name == layer.Name || _catalog.ContainerOf(type) == layer.Name,
    };

    private void ReportUnknownRuleElements(CompilationAnalysisContext context)
    {
        var names = _catalog.ContainerNames.Concat(_catalog.ComponentNames).ToList();
        foreach (var declared in _rules)
        {
            foreach (var layer in declared.Element.Layers.Prepend(declared.Element.From).Where(layer => layer.Kind == LayerKind.Element && !names.Contains(layer.Name)).Distinct())
            {
                var suggestion = Spelling.ClosestMatch(layer.Name, names);
                context.ReportDiagnostic(Diagnostic.Create(
                    ConformanceDescriptors.UnknownRuleElement,
                    declared.Location?.ToLocation(),
                    declared.Element.Text,
                    layer.Name,
                    suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"));
            }
        }
    }

    private ILookup<TypeId, TypeId?> ReadRegistrations()
        => _compilation.SyntaxTrees
            .Where(tree => ServiceRegistrations.MayContain(tree, CancellationToken.None))
            .SelectMany(tree => ServiceRegistrations.InTree(_compilation.GetSemanticModel(tree), CancellationToken.None))
            .ToLookup(registration => registration.Service, registration => registration.Implementation);
}
