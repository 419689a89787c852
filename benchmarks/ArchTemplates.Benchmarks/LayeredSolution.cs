using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArchTemplates.Benchmarks;

/// <summary>
/// The solution the conformance benchmark checks: one project (<c>Acme.Shop</c>, the container "Shop") of four
/// layers as namespaces, <see cref="ComponentsPerLayer"/> components in each. Every component takes the previous
/// component of its layer and its counterpart in the layer below (Web → Application → Domain ← Infrastructure)
/// in its primary constructor and declares both uses with <c>[Relationship]</c>. Two violations are seeded, one
/// per rule, so that each tool's result can be checked before it is timed: <see cref="LayerViolator"/> uses an
/// Infrastructure component (declared, but the layer rule forbids it) and <see cref="UndeclaredUser"/> uses a
/// Domain component no relationship declares.
/// </summary>
internal static class LayeredSolution
{
    public const string AssemblyName = "Acme.Shop";
    public const int ComponentsPerLayer = 300;
    public const string DomainNamespace = AssemblyName + ".Domain";
    public const string InfrastructureNamespace = AssemblyName + ".Infrastructure";

    public static readonly string[] Layers = ["Web", "Application", "Domain", "Infrastructure"];

    /// <summary>The Domain component that uses an Infrastructure component, against the layer rule.</summary>
    public static readonly Component LayerViolator = new("Domain", 150);

    /// <summary>The Application component that uses a Domain component with no relationship declaring it.</summary>
    public static readonly Component UndeclaredUser = new("Application", 200);

    private static readonly Component UndeclaredTarget = new("Domain", 100);

    public static int TypeCount => Layers.Length * ComponentsPerLayer;

    /// <summary>architecture.yml: the layer rule, as the analyzer reads it.</summary>
    public static string Yaml =>
        $"""
        title: Acme Shop
        status: Draft
        rules:
          - name: Domain may not depend on Infrastructure
            from: namespace:{DomainNamespace}
            mayNotDependOn: [namespace:{InfrastructureNamespace}]
        """;

    public static IEnumerable<Component> Components
        => Layers.SelectMany(layer => Enumerable.Range(0, ComponentsPerLayer).Select(index => new Component(layer, index)));

    /// <summary>The components <paramref name="component"/> declares relationships to (all it uses but the undeclared one).</summary>
    public static IEnumerable<Component> DeclaredUses(Component component)
    {
        if (component.Index > 0)
        {
            yield return component with { Index = component.Index - 1 };
        }

        var below = component.Layer switch
        {
            "Web" => "Application",
            "Application" or "Infrastructure" => "Domain",
            _ => component == LayerViolator ? "Infrastructure" : null,
        };
        if (below is not null)
        {
            yield return component with { Layer = below };
        }
    }

    /// <summary>What the component's code uses: its declared uses, and the undeclared one for <see cref="UndeclaredUser"/>.</summary>
    public static IEnumerable<Component> Uses(Component component)
        => component == UndeclaredUser ? DeclaredUses(component).Append(UndeclaredTarget) : DeclaredUses(component);

    /// <summary>One file per component, and the assembly's container.</summary>
    public static IEnumerable<(string Path, string Text)> Sources()
        => Components
            .Select(component => ($"/acme/{component.Layer}/{component.TypeName}.cs", Source(component)))
            .Append(("/acme/Container.cs", "[assembly: ArchTemplates.Container(\"Shop\", Description = \"The shop\")]\n"));

    private static string Source(Component component)
    {
        var uses = Uses(component).ToList();
        var text = new StringBuilder();
        text.Append("namespace ").Append(component.Namespace).Append(";\n\n");
        text.Append("[ArchTemplates.Component(\"").Append(component.TypeName).Append("\")]\n");
        foreach (var used in DeclaredUses(component))
        {
            text.Append("[ArchTemplates.Relationship(\"").Append(used.TypeName).Append("\", \"Uses\")]\n");
        }

        var parameters = uses.Select((used, position) => $"global::{used.FullName} dependency{position}");
        text.Append("public sealed class ").Append(component.TypeName).Append('(').Append(string.Join(", ", parameters)).Append(")\n{\n");
        var weight = uses.Count == 0 ? "0" : string.Join(" + ", uses.Select((_, position) => $"dependency{position}.Weight"));
        text.Append("    public int Weight => ").Append(weight).Append(" + 1;\n}\n");
        return text.ToString();
    }

    /// <summary>A component: its layer and its index in the layer.</summary>
    internal sealed record Component(string Layer, int Index)
    {
        public string TypeName => Layer + Index.ToString("D3", CultureInfo.InvariantCulture);

        public string Namespace => $"{AssemblyName}.{Layer}";

        public string FullName => $"{Namespace}.{TypeName}";
    }
}
