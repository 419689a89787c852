using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Fragments;

/// <summary>A fragment as found on a referenced assembly: the assembly's name and the raw text.</summary>
internal sealed record RawFragment(string Assembly, int Format, string Content);

/// <summary>The fragments found on the referenced assemblies, or why looking for them failed.</summary>
internal sealed record FoundFragments(EquatableArray<RawFragment> Fragments, DiagnosticInfo? Failure);

/// <summary>The declarations of the referenced projects, and the fragments that could not be read (ARCH015).</summary>
internal sealed record ReferencedProjectsResult(EquatableArray<ProjectDeclarations> Projects, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Finds the <c>[assembly: ArchitectureFragment]</c> of every referenced assembly; an assembly that uses the
/// architecture attributes without having been built with the generator is read from its metadata instead.
/// </summary>
internal static class ReferencedFragments
{
    public const string AttributeName = "ArchTemplates.ArchitectureFragmentAttribute";

    /// <summary>The declarations stage for the referenced projects: their fragments, read with locations under <paramref name="documentationRoot"/>.</summary>
    public static IncrementalValueProvider<ReferencedProjectsResult> Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<string> documentationRoot)
        => context.CompilationProvider
            .Select(static (compilation, _) => Guard.Run(
                "reading the architecture of referenced assemblies",
                () => new FoundFragments(Find(compilation), null),
                failure => new FoundFragments(EquatableArray<RawFragment>.Empty, failure)))
            .Combine(documentationRoot, Parse)
            .WithTrackingName(TrackingNames.ReferencedProjects);

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

        return fragments.OrderBy(fragment => fragment.Assembly, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>Reads each fragment; one of another format, or damaged, is ARCH015 and the rest are still read.</summary>
    private static ReferencedProjectsResult Parse(FoundFragments found, string documentationRoot)
    {
        var projects = new List<ProjectDeclarations>();
        var diagnostics = new List<DiagnosticInfo>();
        if (found.Failure is not null)
        {
            diagnostics.Add(found.Failure);
        }

        foreach (var fragment in found.Fragments)
        {
            try
            {
                if (fragment.Format == FragmentSerializer.Format && FragmentSerializer.Read(fragment.Content, documentationRoot) is { } declarations)
                {
                    projects.Add(declarations);
                    continue;
                }

                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IncompatibleFragment, null, fragment.Assembly, $"it was written in format {fragment.Format}, this generator reads format {FragmentSerializer.Format}"));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A fragment is another assembly's data: whatever is wrong with it, it must not stop this compilation.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IncompatibleFragment, null, fragment.Assembly, exception.Message));
            }
        }

        return new ReferencedProjectsResult(projects.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
