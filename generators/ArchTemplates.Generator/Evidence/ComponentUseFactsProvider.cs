using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Evidence.Interactions;
using ArchTemplates.Generator.Inputs;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArchTemplates.Generator.Evidence;

/// <summary>
/// The evidence stage for uses between components: each syntax tree's type uses that can lead to a component (types
/// of the assemblies where components can be) and its service registrations, then, for every component whose code is
/// in this project, the components it reaches (<see cref="ComponentReach"/>, the same reading as the conformance
/// analyzer's), as <see cref="CodeFactKind.ComponentUse"/> facts. Uses carry no locations, so an edit that only moves
/// code leaves each tree's value equal and nothing after it re-runs.
/// </summary>
[Component("Component Use Readers", Description = "Read which components each component's code reaches, directly, through helpers and through registered services")]
internal static class ComponentUseFactsProvider
{
    public static IncrementalValueProvider<EquatableArray<Declared<CodeFact>>> Register(IncrementalValueProvider<ImmutableArray<SourceTreeReading>> trees)
        => trees
            .Select(static (trees, _) => Facts(trees.Select(tree => tree.Evidence?.ComponentUses ?? TreeUses.Empty)))
            .WithTrackingName(TrackingNames.ComponentUseFacts);

    /// <summary>One tree's uses of types that can lead to a component, and its service registrations.</summary>
    public static TreeUses Read(SemanticModel model, CancellationToken cancellationToken)
        => Guard.Run(
            "reading which components the code uses",
            () => ReadTree(model, cancellationToken),
            // Evidence is a bonus: code it cannot read shows nothing, and the declarations still stand.
            _ => TreeUses.Empty);

    private static TreeUses ReadTree(SemanticModel model, CancellationToken cancellationToken)
    {
        var compilation = model.Compilation;
        var root = model.SyntaxTree.GetRoot(cancellationToken);

        // A tree uses the same few assemblies and types many times: ask each once.
        var canHoldComponents = new Dictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        var componentOf = new Dictionary<INamedTypeSymbol, string?>(SymbolEqualityComparer.Default);
        bool CanHoldComponents(IAssemblySymbol assembly)
            => canHoldComponents.TryGetValue(assembly, out var can) ? can : canHoldComponents[assembly] = ArchitectureAssemblies.CanHoldComponents(assembly, compilation);
        string? ComponentOf(INamedTypeSymbol type)
            => componentOf.TryGetValue(type, out var component) ? component : componentOf[type] = InteractionSymbols.ComponentOf(type);

        var declaredComponents = new Dictionary<TypeId, string?>();
        foreach (var declaration in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type)
            {
                declaredComponents[TypeId.Of(type)] = ComponentOf(type);
            }
        }

        // Uses of types that cannot lead to a component, and where any use is, are not needed here.
        var toComponentAssemblies = new UseFilter(type => type.ContainingAssembly is { } assembly && CanHoldComponents(assembly), locations: false);
        var uses = CodeUses.WithSymbols(model, toComponentAssemblies, cancellationToken)
            .Select(use => new ComponentLink(
                use.Use,
                declaredComponents.TryGetValue(use.Use.User, out var user) ? user : null,
                ComponentOf(use.Type)))
            .Distinct();

        var registrations = ServiceRegistrations.MayContain(model.SyntaxTree, cancellationToken)
            ? ServiceRegistrations.InTree(model, cancellationToken).Select(registration => Bound(registration, compilation))
            : [];

        return new TreeUses(uses.ToEquatableArray(), registrations.Distinct().ToEquatableArray());
    }

    private static BoundService Bound(ServiceRegistration registration, Compilation compilation)
    {
        var implementation = registration.Implementation is { } type
            ? compilation.GetTypeByMetadataName(type.Namespace.Length == 0 ? type.Name : type.Namespace + "." + type.Name)
            : null;
        return new BoundService(
            registration,
            implementation is null ? null : InteractionSymbols.ComponentOf(implementation),
            implementation?.ContainingAssembly is { } assembly && ArchitectureAssemblies.CanHoldComponents(assembly, compilation));
    }

    /// <summary>For each component whose code is in this project, a fact for each component its code reaches.</summary>
    private static EquatableArray<Declared<CodeFact>> Facts(IEnumerable<TreeUses> trees)
    {
        var links = trees.SelectMany(tree => tree.Uses).ToList();
        var registrations = trees.SelectMany(tree => tree.Registrations).ToList();
        var components = new Dictionary<TypeId, string?>();
        var architectureAssemblies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            components[link.Use.User] = link.UserComponent;
            components[link.Use.Type] = link.UsedComponent;
            architectureAssemblies.Add(link.Use.User.Assembly);
            architectureAssemblies.Add(link.Use.Type.Assembly);
        }

        foreach (var bound in registrations.Where(bound => bound.Registration.Implementation is not null && bound.InArchitectureAssembly))
        {
            components[bound.Registration.Implementation!] = bound.ImplementationComponent;
            architectureAssemblies.Add(bound.Registration.Implementation!.Assembly);
        }

        ComponentReach Reach(IEnumerable<ComponentLink> recorded)
        {
            var reach = new ComponentReach(
                type => components.TryGetValue(type, out var component) ? component : null,
                architectureAssemblies.Contains,
                () => registrations.ToLookup(bound => bound.Registration.Service, bound => bound.Registration.Implementation));
            foreach (var link in recorded)
            {
                reach.Record(link.Use);
            }

            return reach;
        }

        var reachedAtAll = Reach(links);
        var reachedByUse = Reach(links.Where(link => link.Use.Kind != UseKind.Registration));
        return links
            .Select(link => link.UserComponent)
            .OfType<string>()
            .Distinct()
            .SelectMany(user =>
            {
                var used = reachedByUse.Reached(user).Components;
                return reachedAtAll.Reached(user).Components.Select(reached => new CodeFact(
                    CodeFactKind.ComponentUse, user, reached, used.Contains(reached) ? null : CodeFact.RegistrationOnly));
            })
            .OrderBy(fact => fact.Component, StringComparer.Ordinal)
            .ThenBy(fact => fact.Subject, StringComparer.Ordinal)
            .Select(fact => new Declared<CodeFact>(fact, null))
            .ToEquatableArray();
    }
}
