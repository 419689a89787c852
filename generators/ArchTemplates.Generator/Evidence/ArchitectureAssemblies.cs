using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Evidence;

/// <summary>The assemblies where components can be: the compilation's own, and those that reference ArchTemplates.Attributes.</summary>
internal static class ArchitectureAssemblies
{
    private const string AttributesAssembly = "ArchTemplates.Attributes";

    public static bool CanHoldComponents(IAssemblySymbol assembly, Compilation compilation)
        => SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly) || ReferencesAttributes(assembly);

    public static bool ReferencesAttributes(IAssemblySymbol assembly)
        => assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == AttributesAssembly));
}
