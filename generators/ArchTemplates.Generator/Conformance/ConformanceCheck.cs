using System;
using System.Collections.Concurrent;
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
    private readonly Lazy<ILookup<TypeId, TypeId?>> _registrations;
    private readonly List<Layer> _knownLayers;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<TypeId, bool>> _usedByComponent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TypeId, ConcurrentDictionary<TypeId, bool>> _usedByOtherTypes = new();
    private readonly ConcurrentDictionary<TypeId, bool> _usersOfUnresolvedServices = new();

    public ConformanceCheck(Compilation compilation, ArchitectureCatalog catalog, EquatableArray<Declared<DependencyRule>> rules, bool generatesDocument)
    {
        _compilation = compilation;
        _catalog = catalog;
        _rules = rules;
        _generatesDocument = generatesDocument;
        _registrations = new Lazy<ILookup<TypeId, TypeId?>>(ReadRegistrations, LazyThreadSafetyMode.ExecutionAndPublication);
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
                uses = reached[from.Name] = Reached(from);
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
        var usedTypes = user is null
            ? _usedByOtherTypes.GetOrAdd(use.User, _ => new ConcurrentDictionary<TypeId, bool>())
            : _usedByComponent.GetOrAdd(user.Name, _ => new ConcurrentDictionary<TypeId, bool>());
        foreach (var type in UsedTypes(use).Where(type => _catalog.IsArchitectureAssembly(type.Assembly)))
        {
            usedTypes[type] = true;
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

    /// <summary>The used type, and for an interface or abstract class the implementations the service registrations bind it to.</summary>
    private IEnumerable<TypeId> UsedTypes(TypeUse use)
    {
        yield return use.Type;
        if (!use.IsAbstraction || !use.ReachesImplementations || _catalog.ComponentOf(use.Type) is not null)
        {
            yield break;
        }

        var implementations = _registrations.Value[use.Type].ToList();
        if ((implementations.Count == 0 || implementations.Contains(null)) && _catalog.IsArchitectureAssembly(use.Type.Assembly))
        {
            // A factory, or a registration made elsewhere: what the code uses cannot be known.
            _usersOfUnresolvedServices[use.User] = true;
        }

        foreach (var implementation in implementations.OfType<TypeId>())
        {
            yield return implementation;
        }
    }

    /// <summary>
    /// The components a component's code reaches: those it uses, and those used by the types that are no component
    /// which it uses (its helpers), however deep. <c>Unresolved</c>: somewhere on the way a service could not be
    /// resolved, so what is reached is not known for sure.
    /// </summary>
    private (HashSet<string> Components, bool Unresolved) Reached(ComponentType component)
    {
        var components = new HashSet<string>(StringComparer.Ordinal);
        var unresolved = _usersOfUnresolvedServices.Keys.Any(user => _catalog.ComponentOf(user)?.Name == component.Name);
        var visited = new HashSet<TypeId>();
        var pending = new Queue<TypeId>(_usedByComponent.TryGetValue(component.Name, out var direct) ? direct.Keys : []);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (_catalog.ComponentOf(type) is { } reached)
            {
                components.Add(reached.Name);
            }
            else if (visited.Add(type) && _usedByOtherTypes.TryGetValue(type, out var next))
            {
                unresolved |= _usersOfUnresolvedServices.ContainsKey(type);
                foreach (var used in next.Keys)
                {
                    pending.Enqueue(used);
                }
            }
        }

        return (components, unresolved);
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
