using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Fragments;

/// <summary>A fragment as found on a referenced assembly: the assembly's name and the raw text.</summary>
internal sealed record RawFragment(string Assembly, int Format, string Content);

/// <summary>
/// Finds the <c>[assembly: ArchitectureFragment]</c> of every referenced assembly; an assembly that uses the
/// architecture attributes without having been built with the generator is read from its metadata instead.
/// </summary>
internal static class ReferencedFragments
{
    public const string AttributeName = "ArchTemplates.ArchitectureFragmentAttribute";

    /// <summary>
    /// Runs on every compilation change. For assemblies built with the generator it only reads one
    /// assembly attribute (cached by the compiler per referenced assembly); only an assembly that uses the
    /// attributes without carrying a fragment is read type by type. It returns plain strings: an unchanged
    /// set compares equal and nothing downstream runs again.
    /// </summary>
    public static EquatableArray<RawFragment> Find(Compilation compilation)
    {
        var fragments = new List<RawFragment>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            var fragment = assembly.GetAttributes().FirstOrDefault(attribute =>
                attribute.AttributeClass?.Name == "ArchitectureFragmentAttribute" && attribute.AttributeClass.ToDisplayString() == AttributeName);
            if (fragment?.ConstructorArguments is [{ Value: int format }, { Value: string content }])
            {
                fragments.Add(new RawFragment(assembly.Name, format, content));
            }
            else if (MetadataDeclarations.UsesAttributes(assembly) && MetadataDeclarations.Read(assembly) is { } declarations)
            {
                fragments.Add(new RawFragment(assembly.Name, FragmentSerializer.Format, FragmentSerializer.Write(declarations, documentationRoot: string.Empty)));
            }
        }

        return fragments.OrderBy(fragment => fragment.Assembly, System.StringComparer.Ordinal).ToEquatableArray();
    }
}
