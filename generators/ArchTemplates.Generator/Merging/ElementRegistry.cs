using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Merging;

/// <summary>
/// The named elements of the architecture (people, external systems, containers, components), which share
/// one namespace. An element declared both in architecture.yml (source 0) and in code is merged, code
/// values first (a disagreement is ARCH008); any other repeated name is a duplicate (ARCH006).
/// </summary>
internal sealed class ElementRegistry(List<DiagnosticInfo> diagnostics)
{
    private const int YamlSource = 0;

    /// <summary>What ARCH006 asks of element names.</summary>
    private const string UniqueNamesRule = "Element names must be unique across people, external systems, containers and components; rename one of them.";

    private readonly Dictionary<string, ElementKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry<Person>> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry<ExternalSystem>> _externalSystems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry<Container>> _containers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry<Component>> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _identifiers = new(StringComparer.Ordinal);

    public IEnumerable<Declared<Person>> People => _people.Values.Select(entry => entry.Item);

    public IEnumerable<Declared<ExternalSystem>> ExternalSystems => _externalSystems.Values.Select(entry => entry.Item);

    public IEnumerable<Declared<Container>> Containers => _containers.Values.Select(entry => entry.Item);

    public IEnumerable<Declared<Component>> Components => _components.Values.Select(entry => entry.Item);

    public void Register(ElementDeclarations declarations, int source)
    {
        foreach (var person in declarations.People)
        {
            Add(_people, ElementKind.Person, person, source, person.Element.Name, (code, yaml, merge) =>
                code with { Description = merge.Pick(code.Description, yaml.Description, "description") });
        }

        foreach (var system in declarations.ExternalSystems)
        {
            Add(_externalSystems, ElementKind.ExternalSystem, system, source, system.Element.Name, (code, yaml, merge) => code with
            {
                Description = merge.Pick(code.Description, yaml.Description, "description"),
                Technology = merge.Pick(code.Technology, yaml.Technology, "technology"),
            });
        }

        foreach (var container in declarations.Containers)
        {
            Add(_containers, ElementKind.Container, container, source, container.Element.Name, (code, yaml, merge) => code with
            {
                Description = merge.Pick(code.Description, yaml.Description, "description"),
                Technology = merge.Pick(code.Technology, yaml.Technology, "technology"),
                Kind = (ContainerKind)Enum.Parse(typeof(ContainerKind), merge.Pick(Kind(code.Kind), Kind(yaml.Kind), "kind") ?? nameof(ContainerKind.Service)),
            });
        }

        foreach (var component in declarations.Components)
        {
            Add(_components, ElementKind.Component, component, source, component.Element.Name, (code, yaml, merge) => code with
            {
                // A generated constant names the container differently from text: compare names only.
                Container = code.Container.IsSymbol ? code.Container : new ElementReference(merge.Pick(code.Container.Name, yaml.Container.Name, "container")!),
                Description = merge.Pick(code.Description, yaml.Description, "description"),
                Technology = merge.Pick(code.Technology, yaml.Technology, "technology"),
            });
        }
    }

    /// <summary>The name of the element a reference denotes, or null.</summary>
    public string? Resolve(ElementReference reference, ElementKind? expected)
    {
        if (!reference.IsSymbol)
        {
            return _kinds.TryGetValue(reference.Name, out var kind) && (expected is null || expected == kind) ? reference.Name : null;
        }

        // A generated constant: ArchitectureModel.<Category>.<Identifier>, named as the emitter names it.
        ElementKind? category = reference.Category switch
        {
            "People" => ElementKind.Person,
            "ExternalSystems" => ElementKind.ExternalSystem,
            "Containers" => ElementKind.Container,
            "Components" => ElementKind.Component,
            _ => null,
        };
        if (category is null || (expected is not null && expected != category))
        {
            return null;
        }

        if (!_identifiers.TryGetValue(reference.Category!, out var names))
        {
            // Resolving starts once every source is registered, so the identifiers no longer change.
            names = ElementIdentifiers.Assign(reference.Category!, Names(category))
                .ToDictionary(entry => entry.Identifier.TrimStart('@'), entry => entry.Name, StringComparer.Ordinal);
            _identifiers[reference.Category!] = names;
        }

        return names.TryGetValue(reference.Name.TrimStart('@'), out var name) ? name : null;
    }

    public IEnumerable<string> Names(ElementKind? kind)
        => _kinds.Where(entry => kind is null || entry.Value == kind).Select(entry => entry.Key);

    private void Add<T>(Dictionary<string, Entry<T>> entries, ElementKind kind, Declared<T> item, int source, string name, Func<T, T, FieldMerge, T> merge)
        where T : IEquatable<T>
    {
        if (!_kinds.TryGetValue(name, out var existingKind))
        {
            _kinds[name] = kind;
            entries[name] = new Entry<T>(item, source);
            return;
        }

        if (existingKind == kind && entries.TryGetValue(name, out var existing) && (existing.Source == YamlSource) != (source == YamlSource))
        {
            var (code, yaml) = source == YamlSource ? (existing.Item, item) : (item, existing.Item);
            var fields = new FieldMerge(diagnostics, kind, name, code.Location, yaml.Location);
            entries[name] = new Entry<T>(new Declared<T>(merge(code.Element, yaml.Element, fields), code.Location), Math.Max(source, existing.Source));
            return;
        }

        var other = existingKind == ElementKind.Person ? _people[name].Item.Location
            : existingKind == ElementKind.ExternalSystem ? _externalSystems[name].Item.Location
            : existingKind == ElementKind.Container ? _containers[name].Item.Location
            : _components[name].Item.Location;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateElement, item.Location, Describe(kind), name, LocationText.Describe(other), UniqueNamesRule));
    }

    private static string? Kind(ContainerKind kind) => kind == ContainerKind.Service ? null : kind.ToString();

    private static string Describe(ElementKind kind) => kind switch
    {
        ElementKind.Person => "Person",
        ElementKind.ExternalSystem => "External system",
        ElementKind.Container => "Container",
        _ => "Component",
    };

    private sealed record Entry<T>(Declared<T> Item, int Source)
        where T : IEquatable<T>;

    /// <summary>Merges one field of an element declared in both architecture.yml and code.</summary>
    private sealed class FieldMerge(List<DiagnosticInfo> diagnostics, ElementKind kind, string name, LocationInfo? location, LocationInfo? yamlLocation)
    {
        public string? Pick(string? code, string? yaml, string field)
        {
            if (code is not null && yaml is not null && !string.Equals(code, yaml, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingDeclarations, location, Describe(kind), name, field, code, yaml, LocationText.Describe(yamlLocation)));
            }

            return code ?? yaml;
        }
    }
}
