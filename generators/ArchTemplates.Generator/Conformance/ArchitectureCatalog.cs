using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Evidence;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using RelationshipEvidence = ArchTemplates.Evidence;

namespace ArchTemplates.Generator.Conformance;

/// <summary>A type marked [Component]: the component's name, its container (null when none is known) and whether this compilation declares it.</summary>
internal sealed record ComponentType(string Name, string? Container, TypeId Type, bool InSource);

/// <summary>A declared relationship as the conformance check sees it; <see cref="Location"/> is its attribute or yml entry.</summary>
internal sealed record DeclaredRelationship(string From, string To, RelationshipEvidence Evidence, Location? Location, bool InSource);

/// <summary>
/// The architecture a compilation can see: the components (types marked [Component] in its source and in the
/// referenced assemblies that reference ArchTemplates.Attributes), each assembly's container and every declared
/// relationship (attributes and architecture.yml). What a referenced assembly declares is read once per assembly.
/// </summary>
internal sealed class ArchitectureCatalog
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, AssemblyDeclarations> ReferencedAssemblies = new();

    private readonly Dictionary<TypeId, ComponentType> _components = [];
    private readonly Dictionary<string, string> _assemblyContainers = new(StringComparer.Ordinal);
    private readonly HashSet<(string From, string To)> _declared = [];
    private readonly HashSet<string> _architectureAssemblies = new(StringComparer.Ordinal);

    private ArchitectureCatalog(IReadOnlyList<DeclaredRelationship> relationships, ISet<string> containerNames)
    {
        Relationships = relationships;
        ContainerNames = containerNames;
    }

    public IReadOnlyList<DeclaredRelationship> Relationships { get; }

    /// <summary>Every container name: of assemblies, of components' Container and of architecture.yml.</summary>
    public ISet<string> ContainerNames { get; }

    public IEnumerable<string> ComponentNames => _components.Values.Select(component => component.Name);

    public IEnumerable<ComponentType> Components => _components.Values;

    public static ArchitectureCatalog Build(Compilation compilation, ArchitectureDefinition yaml, CancellationToken cancellationToken)
    {
        var assemblies = new List<AssemblyDeclarations> { AssemblyDeclarations.Read(compilation.Assembly, inSource: true, cancellationToken) };
        assemblies.AddRange(compilation.SourceModule.ReferencedAssemblySymbols
            .Where(ArchitectureAssemblies.ReferencesAttributes)
            .Select(assembly => ReferencedAssemblies.GetValue(assembly, key => AssemblyDeclarations.Read(key, inSource: false, CancellationToken.None))));

        var containerNames = new HashSet<string>(
            assemblies.Select(assembly => assembly.Container).Concat(yaml.Elements.Containers.Select(container => (string?)container.Element.Name)).OfType<string>(),
            StringComparer.Ordinal);
        var componentNames = assemblies.SelectMany(assembly => assembly.Components).Select(component => component.Name).ToList();
        var resolver = new ReferenceResolver(componentNames, containerNames);

        var relationships = assemblies
            .SelectMany(assembly => assembly.Relationships.Select(relationship => new DeclaredRelationship(
                resolver.Resolve(relationship.From, assembly.Container),
                resolver.Resolve(relationship.To, assembly.Container),
                relationship.Evidence,
                relationship.Location,
                assembly.InSource)))
            .Concat(yaml.Elements.Relationships.Select(relationship => new DeclaredRelationship(
                relationship.Element.From.Name,
                relationship.Element.To.Name,
                relationship.Element.Async ? AssemblyDeclarations.MessagesAreNoTypeUse : relationship.Element.Evidence,
                relationship.Location?.ToLocation(),
                InSource: true)))
            .ToList();

        var catalog = new ArchitectureCatalog(relationships, containerNames);
        foreach (var assembly in assemblies)
        {
            catalog._architectureAssemblies.Add(assembly.Name);
            if (assembly.Container is not null)
            {
                catalog._assemblyContainers[assembly.Name] = assembly.Container;
            }

            foreach (var component in assembly.Components)
            {
                var container = component.Container is null ? assembly.Container : resolver.Resolve(component.Container, assembly.Container);
                catalog._components[component.Type] = new ComponentType(component.Name, container, component.Type, assembly.InSource);
                if (container is not null)
                {
                    containerNames.Add(container);
                }
            }
        }

        foreach (var relationship in relationships)
        {
            catalog._declared.Add((relationship.From, relationship.To));
        }

        return catalog;
    }

    /// <summary>The component a type belongs to: the innermost type around it (itself included) marked [Component].</summary>
    public ComponentType? ComponentOf(TypeId type)
    {
        for (TypeId? current = type; current is not null; current = current.ContainingType)
        {
            if (_components.TryGetValue(current, out var component))
            {
                return component;
            }
        }

        return null;
    }

    /// <summary>The container a type belongs to: its component's, else its assembly's.</summary>
    public string? ContainerOf(TypeId type)
        => ComponentOf(type)?.Container ?? (_assemblyContainers.TryGetValue(type.Assembly, out var container) ? container : null);

    /// <summary>
    /// Whether a relationship declares that <paramref name="user"/> uses <paramref name="used"/>: one from the user or
    /// its container to the used component or its container.
    /// </summary>
    public bool Declares(ComponentType user, ComponentType used)
    {
        foreach (var from in new[] { user.Name, user.Container })
        {
            foreach (var to in new[] { used.Name, used.Container })
            {
                if (from is not null && to is not null && _declared.Contains((from, to)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the assembly is this compilation's or references ArchTemplates.Attributes: the code where components can be.</summary>
    public bool IsArchitectureAssembly(string name) => _architectureAssemblies.Contains(name);

    public ComponentType? ComponentNamed(string name) => _components.Values.FirstOrDefault(component => component.Name == name);

    /// <summary>Turns generated constants that did not bind (<c>ArchitectureModel.Components.X</c>) into names.</summary>
    private sealed class ReferenceResolver(IEnumerable<string> components, IEnumerable<string> containers)
    {
        private readonly Dictionary<string, Dictionary<string, string>> _byCategory = new(StringComparer.Ordinal)
        {
            ["Components"] = ElementIdentifiers.Assign("Components", components).ToDictionary(entry => entry.Identifier.TrimStart('@'), entry => entry.Name),
            ["Containers"] = ElementIdentifiers.Assign("Containers", containers).ToDictionary(entry => entry.Identifier.TrimStart('@'), entry => entry.Name),
        };

        public string Resolve(ElementReference reference, string? ownContainer)
        {
            if (OwnContainer.Is(reference))
            {
                return ownContainer ?? reference.Name;
            }

            return reference.IsSymbol && _byCategory.TryGetValue(reference.Category!, out var names) && names.TryGetValue(reference.Name, out var name)
                ? name
                : reference.Name;
        }
    }
}
