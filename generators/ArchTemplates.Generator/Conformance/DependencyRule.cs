using ArchTemplates.Generator.Common;

namespace ArchTemplates.Generator.Conformance;

/// <summary>What a layer of a dependency rule is written as in architecture.yml.</summary>
internal enum LayerKind
{
    /// <summary>A container or component, by name.</summary>
    Element,

    /// <summary><c>project:Acme.Domain</c>: the types of the assembly of that name.</summary>
    Project,

    /// <summary><c>namespace:Acme.Domain</c>: the types of that namespace and the namespaces inside it.</summary>
    Namespace,
}

/// <summary>A layer a rule names: an element, a project or a namespace.</summary>
internal sealed record Layer(LayerKind Kind, string Name)
{
    public const string ProjectPrefix = "project:";
    public const string NamespacePrefix = "namespace:";

    /// <summary>Reads <c>project:X</c>, <c>namespace:X</c> or an element name; null when the prefix names nothing after it.</summary>
    public static Layer? Parse(string text)
    {
        foreach (var (prefix, kind) in new[] { (ProjectPrefix, LayerKind.Project), (NamespacePrefix, LayerKind.Namespace) })
        {
            if (text.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
            {
                var name = text.Substring(prefix.Length).Trim();
                return name.Length == 0 ? null : new Layer(kind, name);
            }
        }

        return new Layer(LayerKind.Element, text);
    }

    public override string ToString() => Name;
}

/// <summary>
/// A <c>rules:</c> entry: <see cref="From"/> may depend only on <see cref="Layers"/> (<see cref="AllowList"/>), or may
/// not depend on them. <see cref="Line"/> is the entry's 1-based line in architecture.yml, for messages.
/// </summary>
internal sealed record DependencyRule(string? Name, Layer From, EquatableArray<Layer> Layers, bool AllowList, int Line)
{
    /// <summary>The rule as messages quote it: its name, or "Domain may not depend on Infrastructure".</summary>
    public string Text => Name ?? $"{From} {(AllowList ? "may depend only on" : "may not depend on")} {string.Join(", ", Layers)}";
}
