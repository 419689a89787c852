using System.Text;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Evidence;

/// <summary>
/// A type as a plain value: its assembly, namespace and metadata name (nested types joined with '+', generic
/// arity kept: <c>Outer+Inner`1</c>). Generic instantiations share their definition's id.
/// </summary>
internal sealed record TypeId(string Assembly, string Namespace, string Name)
{
    public static TypeId Of(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        var name = new StringBuilder(definition.MetadataName);
        for (var outer = definition.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name.Insert(0, outer.MetadataName + "+");
        }

        var ns = definition.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        return new TypeId(definition.ContainingAssembly?.Name ?? string.Empty, ns, name.ToString());
    }

    /// <summary>The type this one is nested in, or null for a top-level type.</summary>
    public TypeId? ContainingType
    {
        get
        {
            var separator = Name.LastIndexOf('+');
            return separator < 0 ? null : this with { Name = Name.Substring(0, separator) };
        }
    }

    /// <summary>The name as messages show it: <c>Outer.Inner</c>, without generic arity.</summary>
    public string DisplayName
    {
        get
        {
            var builder = new StringBuilder(Name.Length);
            var skipping = false;
            foreach (var character in Name)
            {
                if (character == '`')
                {
                    skipping = true;
                }
                else if (character == '+')
                {
                    skipping = false;
                    builder.Append('.');
                }
                else if (!skipping)
                {
                    builder.Append(character);
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>Whether the type is in <paramref name="prefix"/> or a namespace inside it.</summary>
    public bool IsInNamespace(string prefix)
        => Namespace == prefix || (Namespace.Length > prefix.Length && Namespace[prefix.Length] == '.' && Namespace.StartsWith(prefix, System.StringComparison.Ordinal));
}
