using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Merging.Inference;

/// <summary>
/// What the solution's projects imply where nothing is declared (docs/conformance.md, "Adopting a solution
/// without annotations"). Each deployable project (web, worker, Azure Functions, console) that declares no
/// container or component becomes a container named as the project; each class library that declares none
/// becomes a component of every such container that references it, directly or through other libraries (named
/// "Library (Container)" when several containers hold it); and the project references between them become
/// relationships. Everything inferred is <see cref="Provenance.Inferred"/>. Declarations win: a project that
/// declares a container or component is left to its declarations, a declared container's project adds nothing
/// to it, and an inferred name already taken by a declared element is not inferred. Test projects play no part.
/// Where code uses a database (an EF Core context or a database client) and no database is declared, one
/// database named "Database" is inferred, its technology the providers the code shows; the code's uses of it
/// then relate each container to it (<see cref="CodeInteractions"/>).
/// </summary>
internal sealed class ProjectInference
{
    public const string Uses = "Uses";

    public const string Database = "Database";

    private readonly Dictionary<string, ProjectDeclarations> _projects;
    private readonly Dictionary<string, string> _declaredContainers;
    private readonly bool _declaresDatabase;
    private readonly HashSet<string> _takenNames;
    private readonly List<Declared<Container>> _containers = [];
    private readonly List<Declared<Component>> _components = [];
    private readonly List<Declared<Relationship>> _relationships = [];

    private ProjectInference(IEnumerable<ProjectDeclarations> projects, IReadOnlyCollection<Container> declaredContainers, IEnumerable<string> takenNames)
    {
        _projects = projects
            .Where(project => project.Project.Kind is not (ProjectKind.Unknown or ProjectKind.Test))
            .GroupBy(project => project.Project.Name, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        _declaresDatabase = declaredContainers.Any(container => container.Kind == ContainerKind.Database);
        _declaredContainers = declaredContainers
            .Where(container => container.Project is not null)
            .GroupBy(container => container.Project!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Name, StringComparer.Ordinal);
        _takenNames = new HashSet<string>(takenNames, StringComparer.Ordinal);
    }

    /// <summary>The elements and relationships the projects imply.</summary>
    /// <param name="projects">The solution's projects, the documentation project excluded.</param>
    /// <param name="declaredContainers">Every container declared anywhere: a project that declares one is its container.</param>
    /// <param name="takenNames">The names of all declared elements, which inference never reuses.</param>
    public static ElementDeclarations Infer(IEnumerable<ProjectDeclarations> projects, IEnumerable<Container> declaredContainers, IEnumerable<string> takenNames)
    {
        var inference = new ProjectInference(projects, declaredContainers.ToList(), takenNames);
        inference.Run();
        return ElementDeclarations.Empty with
        {
            Containers = inference._containers.ToEquatableArray(),
            Components = inference._components.ToEquatableArray(),
            Relationships = inference._relationships.ToEquatableArray(),
        };
    }

    private void Run()
    {
        var containers = new List<ProjectInfo>();
        foreach (var project in _projects.Values.Select(project => project.Project).OrderBy(project => project.Name, StringComparer.Ordinal))
        {
            if (ProjectKinds.IsDeployable(project.Kind) && !Declares(_projects[project.Name]) && _takenNames.Add(project.Name))
            {
                containers.Add(project);
                _containers.Add(Inferred(new Container(project.Name, null, Technology(project.Kind), ContainerKind.Service, project.Name, Provenance.Inferred)));
            }
        }

        InferDatabase();

        var libraries = containers.ToDictionary(container => container.Name, Libraries, StringComparer.Ordinal);
        var holders = libraries
            .SelectMany(pair => pair.Value.Select(library => (Library: library, Container: pair.Key)))
            .GroupBy(pair => pair.Library, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        foreach (var container in containers)
        {
            var components = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var library in libraries[container.Name])
            {
                var name = holders[library] == 1 ? library : $"{library} ({container.Name})";
                if (_takenNames.Add(name))
                {
                    components[library] = name;
                    _components.Add(Inferred(new Component(name, new ElementReference(container.Name), null, null, null, Provenance.Inferred)));
                }
            }

            Relate(container.Name, container, components, deployableTargets: true);
            foreach (var library in components.Keys)
            {
                Relate(components[library], _projects[library].Project, components, deployableTargets: false);
            }
        }
    }

    /// <summary>The one database the code's database uses stand for, when none is declared.</summary>
    private void InferDatabase()
    {
        var uses = _projects.Values
            .SelectMany(project => (project.Evidence ?? EquatableArray<Declared<CodeFact>>.Empty)
                .Where(fact => fact.Element.Kind == CodeFactKind.DatabaseUse)
                .Select(fact => (fact.Element, project.Project)))
            .ToList();
        if (_declaresDatabase || uses.Count == 0 || !_takenNames.Add(Database))
        {
            return;
        }

        var providers = uses.SelectMany(use => CodeInteractions.Providers(use.Element, use.Project)).Distinct().OrderBy(provider => provider, StringComparer.Ordinal).ToList();
        var technology = providers.Count > 0 ? string.Join(", ", providers) : null;
        _containers.Add(Inferred(new Container(Database, null, technology, ContainerKind.Database, Project: null, Provenance.Inferred)));
    }

    /// <summary>"Uses" from <paramref name="from"/> to what each project that <paramref name="project"/> references stands for here.</summary>
    private void Relate(string from, ProjectInfo project, Dictionary<string, string> components, bool deployableTargets)
    {
        foreach (var reference in project.ProjectReferences)
        {
            var to = components.TryGetValue(reference, out var component)
                ? component
                : deployableTargets && _projects.TryGetValue(reference, out var target) && ProjectKinds.IsDeployable(target.Project.Kind) ? ContainerOf(reference) : null;
            if (to is not null)
            {
                _relationships.Add(Inferred(new Relationship(new ElementReference(from), new ElementReference(to), Uses, null, Async: false, Provenance.Inferred)));
            }
        }
    }

    /// <summary>The container a deployable project stands for: the one it declares, or the one inferred from it (null when neither exists).</summary>
    private string? ContainerOf(string project)
        => _declaredContainers.TryGetValue(project, out var declared) ? declared
            : _containers.Any(container => container.Element.Name == project) ? project
            : null;

    /// <summary>
    /// The undeclared class libraries a deployable project holds: those it references, and those they reference in
    /// turn (a referenced deployable is a container of its own, and what it holds is its own).
    /// </summary>
    private List<string> Libraries(ProjectInfo deployable)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal) { deployable.Name };
        var pending = new Queue<ProjectInfo>([deployable]);
        while (pending.Count > 0)
        {
            foreach (var reference in pending.Dequeue().ProjectReferences)
            {
                if (visited.Add(reference) && _projects.TryGetValue(reference, out var project) && project.Project.Kind == ProjectKind.Library)
                {
                    if (!Declares(project))
                    {
                        found.Add(reference);
                    }

                    pending.Enqueue(project.Project);
                }
            }
        }

        return [.. found];
    }

    private static bool Declares(ProjectDeclarations project)
        => project.Elements.Containers.Count > 0 || project.Elements.Components.Count > 0;

    private static string Technology(ProjectKind kind) => kind switch
    {
        ProjectKind.Web => "ASP.NET Core",
        ProjectKind.Worker => ".NET Worker Service",
        ProjectKind.Functions => "Azure Functions",
        _ => ".NET console",
    };

    private static Declared<T> Inferred<T>(T element)
        where T : IEquatable<T>
        => new(element, Location: null);
}
