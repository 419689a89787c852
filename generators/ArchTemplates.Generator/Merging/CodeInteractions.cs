using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Evidence.Interactions;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Merging;

/// <summary>
/// A link between two containers that the code shows, from the component whose code shows it (when known) to
/// the component that serves it (when known), described the way an inferred relationship reads.
/// </summary>
internal sealed record CodeInteraction(string FromContainer, string? FromComponent, string ToContainer, string? ToComponent, string Description, string Technology, bool Async);

/// <summary>
/// Matches the facts every project's code shows across containers: an HTTP call with the endpoint of another
/// container that serves its route, a message sent with a consumer of its type in another container, a database
/// client or EF Core context with the declared database of its provider. A fact that matches nothing, or more
/// than one container, shows nothing: no evidence rather than a wrong one.
/// </summary>
internal static class CodeInteractions
{
    private const string Http = "HTTP";
    private const string Messaging = "MassTransit";

    /// <summary>The EF Core provider packages, and the database each stands for.</summary>
    private static readonly Dictionary<string, string> EntityFrameworkProviders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Npgsql.EntityFrameworkCore.PostgreSQL"] = DatabaseProviders.PostgreSql,
        ["Microsoft.EntityFrameworkCore.Sqlite"] = DatabaseProviders.Sqlite,
        ["Microsoft.EntityFrameworkCore.SqlServer"] = DatabaseProviders.SqlServer,
    };

    /// <summary>Other names a database's technology goes by.</summary>
    private static readonly Dictionary<string, string[]> ProviderNames = new(StringComparer.Ordinal)
    {
        [DatabaseProviders.PostgreSql] = ["PostgreSQL", "Postgres", "Npgsql"],
        [DatabaseProviders.Sqlite] = ["SQLite"],
        [DatabaseProviders.SqlServer] = ["SQL Server", "SqlServer", "MSSQL", "Azure SQL"],
    };

    public static IReadOnlyList<CodeInteraction> Find(IEnumerable<ProjectDeclarations> projects, IReadOnlyList<Container> containers, IReadOnlyList<Component> components, IEnumerable<ApiEndpoint> apis)
    {
        var containerOfProject = containers.Where(container => container.Project is not null)
            .GroupBy(container => container.Project!, StringComparer.Ordinal)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single().Name, StringComparer.Ordinal);
        var containerOfComponent = components.ToDictionary(component => component.Name, component => component.Container.Name, StringComparer.Ordinal);

        // Each fact with the container whose code shows it: its component's, or else its project's, or, for a
        // library inferred as a component of one container, that component's.
        var facts = new List<(string Container, CodeFact Fact, ProjectInfo Project)>();
        foreach (var project in projects)
        {
            var library = containerOfProject.ContainsKey(project.Project.Name) ? null : InferredComponentOf(project.Project.Name, components);
            var projectContainer = library?.Container.Name ?? (containerOfProject.TryGetValue(project.Project.Name, out var own) ? own : null);
            foreach (var fact in project.Evidence ?? EquatableArray<Declared<CodeFact>>.Empty)
            {
                var container = fact.Element.Component is { } component && containerOfComponent.TryGetValue(component, out var owner) ? owner : projectContainer;
                if (container is not null)
                {
                    facts.Add((container, library is null ? fact.Element : fact.Element with { Component = fact.Element.Component ?? library.Name }, project.Project));
                }
            }
        }

        var endpoints = apis.Where(api => api.Container is not null).Select(api => (Container: api.Container!, api.Component, api.Method, api.Route))
            .Concat(facts.Where(item => item.Fact.Kind == CodeFactKind.Endpoint).Select(item => (item.Container, item.Fact.Component, Method: item.Fact.Detail!, Route: item.Fact.Subject)))
            .ToList();
        var consumers = facts.Where(item => item.Fact.Kind == CodeFactKind.MessageConsumed).ToLookup(item => item.Fact.Subject, StringComparer.Ordinal);
        var databases = containers.Where(container => container.Kind == ContainerKind.Database).ToList();

        var interactions = new List<CodeInteraction>();
        foreach (var (container, fact, project) in facts)
        {
            switch (fact.Kind)
            {
                case CodeFactKind.HttpCall:
                    var served = endpoints.Where(endpoint => endpoint.Container != container
                        && string.Equals(endpoint.Method, fact.Detail, StringComparison.OrdinalIgnoreCase)
                        && Routes.Matches(fact.Subject, endpoint.Route)).ToList();
                    if (served.Select(endpoint => endpoint.Container).Distinct().Count() == 1)
                    {
                        var servedBy = served.Select(endpoint => endpoint.Component).Distinct().ToList();
                        interactions.Add(new CodeInteraction(container, fact.Component, served[0].Container, servedBy.Count == 1 ? servedBy[0] : null, $"Calls {fact.Detail} {Routes.Path(served[0].Route)} on", Http, Async: false));
                    }

                    break;
                case CodeFactKind.MessageSent:
                    foreach (var consumer in consumers[fact.Subject].Where(consumer => consumer.Container != container))
                    {
                        interactions.Add(new CodeInteraction(container, fact.Component, consumer.Container, consumer.Fact.Component, $"Publishes {ShortName(fact.Subject)} to", Messaging, Async: true));
                    }

                    break;
                case CodeFactKind.DatabaseUse:
                    var providers = Providers(fact, project);
                    var matching = databases.Count == 1 ? databases : databases.Where(database => providers.Any(provider => Names(database, provider))).ToList();
                    if (matching.Count == 1)
                    {
                        var technology = fact.Subject == DatabaseProviders.EntityFramework && providers.Count > 0 ? $"EF Core ({string.Join(", ", providers)})" : fact.Subject;
                        interactions.Add(new CodeInteraction(container, fact.Component, matching[0].Name, null, "Reads from and writes to", technology, Async: false));
                    }

                    break;
            }
        }

        return interactions.Distinct().ToList();
    }

    /// <summary>
    /// The components each component's code reaches, from every project whose code was read; <c>Wiring</c> when only
    /// its dependency-injection registrations reach it.
    /// </summary>
    public static IReadOnlyList<(string From, string To, bool Wiring)> ComponentUses(IEnumerable<ProjectDeclarations> projects)
        => ComponentFacts(projects, CodeFactKind.ComponentUse)
            .Select(fact => (fact.Component!, fact.Subject, fact.Detail == CodeFact.RegistrationOnly))
            .Distinct()
            .ToList();

    /// <summary>
    /// The components that send a message type to the components that consume it, wherever they are: between
    /// containers, and between the modules of one host, which the interactions between containers do not show.
    /// </summary>
    public static IReadOnlyList<(string From, string To)> MessageLinks(IEnumerable<ProjectDeclarations> projects)
    {
        var facts = projects.ToList();
        var consumers = ComponentFacts(facts, CodeFactKind.MessageConsumed).ToLookup(fact => fact.Subject, fact => fact.Component!, StringComparer.Ordinal);
        return ComponentFacts(facts, CodeFactKind.MessageSent)
            .SelectMany(sent => consumers[sent.Subject].Select(consumer => (sent.Component!, consumer)))
            .Distinct()
            .ToList();
    }

    private static IEnumerable<CodeFact> ComponentFacts(IEnumerable<ProjectDeclarations> projects, CodeFactKind kind)
        => projects
            .SelectMany(project => project.Evidence ?? EquatableArray<Declared<CodeFact>>.Empty)
            .Select(fact => fact.Element)
            .Where(fact => fact.Kind == kind && fact.Component is not null);

    /// <summary>
    /// The component a library project was inferred as, when it is one container's (named as the project); a library
    /// several containers hold is a component of each, and its code shows nothing for any one of them.
    /// </summary>
    private static Component? InferredComponentOf(string project, IReadOnlyList<Component> components)
    {
        var inferred = components.Where(component => component.Provenance == Provenance.Inferred
            && (component.Name == project || component.Name.StartsWith(project + " (", StringComparison.Ordinal))).ToList();
        return inferred.Count == 1 ? inferred[0] : null;
    }

    /// <summary>The providers a database fact stands for: the client's, or for an EF Core context the provider packages of its project.</summary>
    public static List<string> Providers(CodeFact fact, ProjectInfo project)
        => fact.Subject != DatabaseProviders.EntityFramework
            ? [fact.Subject]
            : project.Packages.Select(package => EntityFrameworkProviders.TryGetValue(package.Id, out var provider) ? provider : null)
                .Where(provider => provider is not null).Select(provider => provider!).Distinct().OrderBy(provider => provider, StringComparer.Ordinal).ToList();

    private static bool Names(Container database, string provider)
        => ProviderNames.TryGetValue(provider, out var names)
            && names.Any(name => (database.Technology ?? string.Empty).IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>A message type's name without its namespace: <c>Acme.Contracts.SensorReading</c> → <c>SensorReading</c>.</summary>
    private static string ShortName(string fullName)
    {
        var generic = fullName.IndexOf('<');
        var end = generic < 0 ? fullName.Length : generic;
        return fullName.Substring(fullName.LastIndexOf('.', end - 1) + 1);
    }
}
