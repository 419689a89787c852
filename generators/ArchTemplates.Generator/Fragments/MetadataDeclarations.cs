using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Fragments;

/// <summary>
/// Reads the declarations of a referenced assembly that uses the architecture attributes but was built
/// without the generator (so it carries no fragment): its assembly attributes, and the attributes on its
/// types and methods, read from metadata by the same readers as source. Slower than a fragment (every type
/// is visited), so only such assemblies are read this way.
/// </summary>
internal static class MetadataDeclarations
{
    private const string AttributesAssembly = "ArchTemplates.Attributes";

    public static bool UsesAttributes(IAssemblySymbol assembly)
        => assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == AttributesAssembly));

    /// <returns>The declarations, or null when the assembly declares nothing.</returns>
    public static ProjectDeclarations? Read(IAssemblySymbol assembly)
    {
        var components = new List<CodeReadResult<Component>>();
        var relationships = new List<CodeReadResult<Relationship>> { RelationshipAttributeReader.Read(AttributeTarget.FromMetadata(assembly, ArchitectureAttributeNames.Relationship)) };
        var apis = new List<CodeReadResult<ApiEndpoint>> { ApiAttributeReader.Read(AttributeTarget.FromMetadata(assembly, ArchitectureAttributeNames.Api)) };
        var dataModels = new List<Declared<DataModel>>();
        var decisionLinks = new List<CodeReadResult<DecisionLink>> { DecisionAttributeReader.Read(AttributeTarget.FromMetadata(assembly, ArchitectureAttributeNames.Decision)) };
        foreach (var type in Types(assembly.GlobalNamespace))
        {
            components.Add(ElementAttributeReaders.ReadComponents(AttributeTarget.FromMetadata(type, ArchitectureAttributeNames.Component)));
            relationships.Add(RelationshipAttributeReader.Read(AttributeTarget.FromMetadata(type, ArchitectureAttributeNames.Relationship)));
            apis.AddRange(new ISymbol[] { type }.Concat(type.GetMembers().OfType<IMethodSymbol>())
                .Select(symbol => ApiAttributeReader.Read(AttributeTarget.FromMetadata(symbol, ArchitectureAttributeNames.Api))));
            dataModels.AddRange(DataModelAttributeReader.Describe(AttributeTarget.FromMetadata(type, ArchitectureAttributeNames.DataModel)).Models);
            decisionLinks.Add(DecisionAttributeReader.Read(AttributeTarget.FromMetadata(type, ArchitectureAttributeNames.Decision)));
        }

        var code = new CodeDeclarations(
            Single(ElementAttributeReaders.ReadContainers(AttributeTarget.FromMetadata(assembly, ArchitectureAttributeNames.Container))),
            Single(ElementAttributeReaders.ReadPeople(AttributeTarget.FromMetadata(assembly, ArchitectureAttributeNames.Person))),
            Single(ElementAttributeReaders.ReadExternalSystems(AttributeTarget.FromMetadata(assembly, ArchitectureAttributeNames.ExternalSystem))),
            Single(ElementAttributeReaders.ReadTechnologies(AttributeTarget.FromMetadata(assembly, ArchitectureAttributeNames.Technology))),
            components.ToEquatableArray(),
            relationships.ToEquatableArray(),
            apis.ToEquatableArray(),
            new DataModelResult(dataModels.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty),
            decisionLinks.ToEquatableArray());

        // Problems in that assembly's declarations are its own build's to report.
        var project = new ProjectInfo(assembly.Name, string.Empty, null, EquatableArray<PackageReference>.Empty, EquatableArray<string>.Empty);
        var declarations = ProjectDeclarationsBuilder.Build(code, project).Declarations;
        return declarations.Elements == ElementDeclarations.Empty ? null : declarations;
    }

    private static EquatableArray<CodeReadResult<T>> Single<T>(CodeReadResult<T> result)
        where T : System.IEquatable<T>
        => new[] { result }.ToEquatableArray();

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol @namespace)
    {
        foreach (var member in @namespace.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var type in Types(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in WithNested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
        => new[] { type }.Concat(type.GetTypeMembers().SelectMany(WithNested));
}
