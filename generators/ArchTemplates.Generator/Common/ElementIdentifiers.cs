using System;
using System.Collections.Generic;
using System.Linq;

namespace ArchTemplates.Generator.Common;

/// <summary>
/// The identifiers of the generated constants of one category (<c>ArchitectureModel.Components</c>, ...):
/// each name in PascalCase, in name order; a name whose identifier is taken (or is the category's own class
/// name) gets a suffix, <c>_2</c>, <c>_3</c>. Used both to emit the constants and to resolve a reference to
/// one, so the two always agree.
/// </summary>
internal static class ElementIdentifiers
{
    public static IReadOnlyList<(string Name, string Identifier)> Assign(string category, IEnumerable<string> names)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { category };
        var assigned = new List<(string, string)>();
        foreach (var name in names.Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal))
        {
            var baseIdentifier = Identifiers.ToPascalCase(name);
            var identifier = baseIdentifier;
            for (var suffix = 2; !used.Add(identifier.TrimStart('@')); suffix++)
            {
                identifier = baseIdentifier + "_" + suffix;
            }

            assigned.Add((name, identifier));
        }

        return assigned;
    }
}
