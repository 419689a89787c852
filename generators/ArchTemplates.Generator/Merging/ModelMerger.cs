using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Decisions;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Merging.Inference;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Merging;

/// <summary>
/// Everything the merged model is built from. <see cref="YamlUnreadable"/>: architecture.yml is missing or
/// could not be read as a whole, so the elements it declares are unknown.
/// </summary>
internal sealed record MergeInput(
    ArchitectureDefinition Yaml,
    bool YamlUnreadable,
    ProjectDeclarations Own,
    EquatableArray<ProjectDeclarations> Referenced,
    SolutionListing? Listing,
    bool OwnsDocumentation)
{
    /// <summary>The architecture decision records the documentation project was given (none elsewhere).</summary>
    public EquatableArray<Declared<DecisionRecord>> Decisions { get; init; }
}

/// <summary>The merged model, and the problems merging found (locations point into the files that declared them).</summary>
internal sealed record MergeResult(ArchitectureModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Merges architecture.yml, this project's declarations and those of the projects it references into one
/// <see cref="ArchitectureModel"/>: resolves names, merges an element declared both in architecture.yml
/// and in code, reports duplicates, conflicts and unknown names, derives technologies from the projects'
/// package references, and sorts everything so the output is deterministic.
/// </summary>
[Component("Model Merger", Description = "Merges architecture.yml, code and referenced projects into one model; resolves names and reports duplicates, conflicts and unknown names")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.ProvenanceCheck, "Marks each relationship verified, declared only or inferred with")]
internal sealed class ModelMerger
{
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly ElementRegistry _elements;

    // While architecture.yml cannot be read, the names that refer to what it declares are not the problem,
    // and the file's own error already fails the build.
    private readonly bool _reportUnknownNames;

    private ModelMerger(bool reportUnknownNames)
    {
        _elements = new ElementRegistry(_diagnostics);
        _reportUnknownNames = reportUnknownNames;
    }

    public static MergeResult Merge(MergeInput input)
    {
        var merger = new ModelMerger(reportUnknownNames: !input.YamlUnreadable);
        var model = merger.Build(input);
        return new MergeResult(model, merger._diagnostics.ToEquatableArray());
    }

    private ArchitectureModel Build(MergeInput input)
    {
        var yaml = input.Yaml;
        var projects = new[] { input.Own }.Concat(input.Referenced).ToList();
        var sources = new[] { yaml.Elements }.Concat(projects.Select(project => project.Elements)).ToList();

        for (var source = 0; source < sources.Count; source++)
        {
            _elements.Register(sources[source], source);
        }

        // Only the project that owns the documentation sees the whole solution, so only it infers.
        if (input.OwnsDocumentation)
        {
            var inferred = ProjectInference.Infer(input.Referenced, _elements.Containers.Select(container => container.Element), _elements.Names(null));
            _elements.Register(inferred, sources.Count);
            sources.Add(inferred);
        }

        // A component whose container is unknown keeps it by name: the project that sees everything reports it
        // (ARCH007), and a project that does not (a module whose host it cannot see) still gets its constant.
        var components = _elements.Components
            .Select(component => component.Element with
            {
                Container = Resolve(component.Element.Container, component.Location, $"Component '{component.Element.Name}'", ElementKind.Container)
                    ?? new ElementReference(component.Element.Container.ToString()),
            })
            .OrderBy(component => component.Container.Name, StringComparer.Ordinal)
            .ThenBy(component => component.Name, StringComparer.Ordinal)
            .ToEquatableArray();

        // The same relationship declared twice is one, reported (if at all) at its first declaration.
        var declared = sources
            .SelectMany(source => source.Relationships)
            .Select(ResolveRelationship)
            .Where(relationship => relationship is not null)
            .Select(relationship => relationship!)
            .GroupBy(relationship => relationship.Element)
            .Select(group => group.First())
            .ToList();
        var containers = Sorted(_elements.Containers);
        var apis = Apis(sources, components);
        var provenance = new RelationshipProvenance(
            CodeInteractions.Find(projects, containers, components, apis),
            CodeInteractions.ComponentUses(projects),
            CodeInteractions.MessageLinks(projects),
            new ArchitectureElements(
                _elements.People.Select(person => person.Element.Name),
                _elements.ExternalSystems.Select(system => system.Element.Name),
                containers,
                components,
                projects.Where(project => project.Evidence is not null).Select(project => project.Project.Name)));
        var relationships = Sorted(provenance.Apply(declared, _diagnostics));

        var technologies = new TechnologyTable(projects, input.OwnsDocumentation ? input.Own.Project : null, _elements.Containers.Select(container => container.Element));
        foreach (var reference in yaml.References)
        {
            Resolve(new ElementReference(reference.Element.Name), reference.Location, reference.Element.Context);
        }

        return new ArchitectureModel(
            yaml.Title,
            yaml.Status,
            yaml.Summary,
            yaml.Style,
            Sorted(_elements.People),
            Sorted(_elements.ExternalSystems),
            containers,
            components,
            relationships,
            technologies.Rows(yaml.Elements.Technologies, sources.Skip(1).SelectMany(source => source.Technologies), _diagnostics),
            DataModels(sources),
            apis,
            yaml.Sequences,
            yaml.Testing with { Frameworks = yaml.Testing.Frameworks.Select(technologies.WithVersion).ToEquatableArray() },
            yaml.Patterns,
            yaml.Setup,
            yaml.Infrastructure,
            StructureBuilder.Build(yaml, projects, _elements.Containers.Select(container => container.Element), input.Listing, _diagnostics),
            yaml.ChangeLog)
        {
            Unverified = Sorted(provenance.Unverified),
            Decisions = Decisions(input.Decisions, sources.SelectMany(source => source.DecisionLinks)),
        };
    }

    /// <summary>
    /// The decision records by number, each with the elements it names and those that <c>[Decision]</c> links with it
    /// (ARCH007 for a name no element has, ARCH021 for a number no record has, at the name or attribute) and the record
    /// that supersedes it checked (ARCH021); of two records with one number, the first by path (ARCH020).
    /// </summary>
    private EquatableArray<Decision> Decisions(EquatableArray<Declared<DecisionRecord>> records, IEnumerable<Declared<DecisionLink>> links)
    {
        var byNumber = new Dictionary<int, DecisionRecord>();
        foreach (var record in records)
        {
            if (byNumber.TryGetValue(record.Element.Number, out var first))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateDecisionNumber, record.Location, record.Element.Path, record.Element.Number.ToString(CultureInfo.InvariantCulture), first.Path));
            }
            else
            {
                byNumber.Add(record.Element.Number, record.Element);
            }
        }

        var linked = new Dictionary<int, List<string>>();
        foreach (var link in links)
        {
            var context = $"[Decision({link.Element.Number})] on '{link.Element.Element}'";
            if (!byNumber.ContainsKey(link.Element.Number))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownDecision, link.Location, context, Decision.Identify(link.Element.Number)));
            }
            else if (Resolve(link.Element.Element, link.Location, context) is { } element)
            {
                (linked.TryGetValue(link.Element.Number, out var names) ? names : linked[link.Element.Number] = []).Add(element.Name);
            }
        }

        return byNumber.Values
            .OrderBy(record => record.Number)
            .Select(record =>
            {
                var context = $"The decision {Decision.Identify(record.Number)}";
                if (record.SupersededBy is { } by && !byNumber.ContainsKey(by.Element))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownDecision, by.Location, context, Decision.Identify(by.Element)));
                }

                var elements = record.Elements
                    .Select(element => Resolve(new ElementReference(element.Element), element.Location, context)?.Name)
                    .OfType<string>()
                    .Concat(linked.TryGetValue(record.Number, out var names) ? names : [])
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(name => name, StringComparer.Ordinal)
                    .ToEquatableArray();
                return new Decision(record.Number, record.Title, record.Status, record.Date, record.SupersededBy?.Element, elements, record.Path);
            })
            .ToEquatableArray();
    }

    private Declared<Relationship>? ResolveRelationship(Declared<Relationship> declared)
    {
        var relationship = declared.Element;
        var context = $"The relationship '{relationship.Description}'";
        var from = Resolve(relationship.From, declared.Location, context);
        var to = Resolve(relationship.To, declared.Location, context);
        return from is null || to is null ? null : declared with { Element = relationship with { From = from, To = to } };
    }

    /// <summary>The element a reference names, as a plain name reference; null when there is none (ARCH007, unless architecture.yml is unreadable).</summary>
    private ElementReference? Resolve(ElementReference reference, LocationInfo? location, string context, ElementKind? expected = null)
    {
        var name = _elements.Resolve(reference, expected);
        if (name is not null)
        {
            return new ElementReference(name);
        }

        if (!_reportUnknownNames)
        {
            return null;
        }

        var suggestion = Spelling.ClosestMatch(reference.Name, _elements.Names(expected));
        var kind = expected is null ? string.Empty : $" of kind {expected}";
        _diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.UnknownElement,
            location,
            context,
            reference.ToString(),
            kind + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)")));
        return null;
    }

    /// <summary>The endpoints, each with its container: the one it was declared with, or its component's.</summary>
    private EquatableArray<ApiEndpoint> Apis(IEnumerable<ElementDeclarations> sources, EquatableArray<Component> components)
    {
        var containerOf = components.ToDictionary(component => component.Name, component => component.Container.Name, StringComparer.Ordinal);
        var apis = new List<ApiEndpoint>();
        foreach (var api in sources.SelectMany(source => source.Apis))
        {
            if (api.Element.Container is not null)
            {
                apis.Add(api.Element);
            }
            else if (containerOf.TryGetValue(api.Element.Component!, out var container))
            {
                apis.Add(api.Element with { Container = container });
            }
            else
            {
                Resolve(new ElementReference(api.Element.Component!), api.Location, $"The API '{api.Element.Method} {api.Element.Route}'", ElementKind.Component);
            }
        }

        return apis.Distinct()
            .OrderBy(api => api.Container, StringComparer.Ordinal).ThenBy(api => api.Route, StringComparer.Ordinal).ThenBy(api => api.Method, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private EquatableArray<DataModel> DataModels(IEnumerable<ElementDeclarations> sources)
    {
        // Two names that become one schema file ("Sensor Reading", "SensorReading") are as much a duplicate as one name twice.
        var models = new Dictionary<string, Declared<DataModel>>(StringComparer.Ordinal);
        foreach (var model in sources.SelectMany(source => source.DataModels))
        {
            if (models.TryGetValue(model.Element.FileName, out var existing))
            {
                if (existing.Element != model.Element)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateElement,
                        model.Location,
                        "Data model",
                        model.Element.Name,
                        LocationText.Describe(existing.Location),
                        $"Each data model's schema is written to its own file, and this name gives the same file as '{existing.Element.Name}' ({model.Element.FileName}); rename one of them."));
                }

                continue;
            }

            models[model.Element.FileName] = model;
        }

        return models.Values.Select(model => model.Element).OrderBy(model => model.Name, StringComparer.Ordinal).ToEquatableArray();
    }

    private static EquatableArray<Relationship> Sorted(IEnumerable<Relationship> relationships)
        => relationships
            .OrderBy(relationship => relationship.From.Name, StringComparer.Ordinal)
            .ThenBy(relationship => relationship.To.Name, StringComparer.Ordinal)
            .ThenBy(relationship => relationship.Description, StringComparer.Ordinal)
            .ToEquatableArray();

    private static EquatableArray<T> Sorted<T>(IEnumerable<Declared<T>> items)
        where T : IEquatable<T>
        => items.Select(item => item.Element).OrderBy(NameOf, StringComparer.Ordinal).ToEquatableArray();

    private static string NameOf<T>(T element) => element switch
    {
        Person person => person.Name,
        ExternalSystem system => system.Name,
        Container container => container.Name,
        _ => string.Empty,
    };
}
