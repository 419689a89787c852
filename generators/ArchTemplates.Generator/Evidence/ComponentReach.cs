using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ArchTemplates.Generator.Evidence;

/// <summary>
/// Which components a component's code reaches: the components its types use, those used by the types that are no
/// component which it uses (its helpers), however deep, and for an interface or abstract class the implementations
/// the service registrations bind it to. The conformance analyzer checks declarations with it as code is typed
/// (ARCH201, ARCH202); the generator marks relationships verified with it. Uses may be recorded concurrently.
/// </summary>
internal sealed class ComponentReach
{
    private readonly Func<TypeId, string?> _componentOf;
    private readonly Func<string, bool> _isArchitectureAssembly;
    private readonly Lazy<ILookup<TypeId, TypeId?>> _registrations;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<TypeId, bool>> _usedByComponent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TypeId, ConcurrentDictionary<TypeId, bool>> _usedByOtherTypes = new();
    private readonly ConcurrentDictionary<TypeId, bool> _usersOfUnresolvedServices = new();

    /// <param name="componentOf">The component a type belongs to, or null.</param>
    /// <param name="isArchitectureAssembly">Whether an assembly can hold components: only types in those are followed.</param>
    /// <param name="registrations">The service registrations (service → implementation, null for a factory), read when first needed.</param>
    public ComponentReach(Func<TypeId, string?> componentOf, Func<string, bool> isArchitectureAssembly, Func<ILookup<TypeId, TypeId?>> registrations)
    {
        _componentOf = componentOf;
        _isArchitectureAssembly = isArchitectureAssembly;
        _registrations = new Lazy<ILookup<TypeId, TypeId?>>(registrations, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Records a use, and returns the types in architecture assemblies it stands for: the used type and, for an
    /// interface or abstract class that is no component, the implementations the registrations bind it to.
    /// </summary>
    public IReadOnlyList<TypeId> Record(TypeUse use)
    {
        var userComponent = _componentOf(use.User);
        var usedTypes = userComponent is null
            ? _usedByOtherTypes.GetOrAdd(use.User, _ => new ConcurrentDictionary<TypeId, bool>())
            : _usedByComponent.GetOrAdd(userComponent, _ => new ConcurrentDictionary<TypeId, bool>());
        var types = UsedTypes(use).Where(type => _isArchitectureAssembly(type.Assembly)).ToList();
        foreach (var type in types)
        {
            usedTypes[type] = true;
        }

        return types;
    }

    /// <summary>
    /// The components a component's code reaches, itself left out. <c>Unresolved</c>: somewhere on the way a service
    /// could not be resolved (a factory, or a registration made elsewhere), so what is reached is not known for sure.
    /// </summary>
    public (HashSet<string> Components, bool Unresolved) Reached(string component)
    {
        var components = new HashSet<string>(StringComparer.Ordinal);
        var unresolved = _usersOfUnresolvedServices.Keys.Any(user => _componentOf(user) == component);
        var visited = new HashSet<TypeId>();
        var pending = new Queue<TypeId>(_usedByComponent.TryGetValue(component, out var direct) ? direct.Keys : []);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (_componentOf(type) is { } reached)
            {
                components.Add(reached);
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

        components.Remove(component);
        return (components, unresolved);
    }

    private IEnumerable<TypeId> UsedTypes(TypeUse use)
    {
        yield return use.Type;
        if (!use.IsAbstraction || !use.ReachesImplementations || _componentOf(use.Type) is not null)
        {
            yield break;
        }

        var implementations = _registrations.Value[use.Type].ToList();
        if ((implementations.Count == 0 || implementations.Contains(null)) && _isArchitectureAssembly(use.Type.Assembly))
        {
            _usersOfUnresolvedServices[use.User] = true;
        }

        foreach (var implementation in implementations.OfType<TypeId>())
        {
            yield return implementation;
        }
    }
}
