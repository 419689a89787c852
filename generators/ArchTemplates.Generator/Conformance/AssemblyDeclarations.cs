using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArchTemplates.Generator.Code;
using ArchTemplates.Generator.Evidence;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;
using RelationshipEvidence = ArchTemplates.Evidence;

namespace ArchTemplates.Generator.Conformance;

/// <summary>What one assembly's attributes declare, before names are resolved across assemblies.</summary>
internal sealed class AssemblyDeclarations
{
    private AssemblyDeclarations(string name, string? container, bool inSource)
    {
        Name = name;
        Container = container;
        InSource = inSource;
    }

    public string Name { get; }

    /// <summary>The name its <c>[assembly: Container]</c> gives, or null.</summary>
    public string? Container { get; }

    public bool InSource { get; }

    /// <summary>The component types; <c>Container</c> is null when the component names none.</summary>
    public List<(string Name, ElementReference? Container, TypeId Type)> Components { get; } = [];

    public List<(ElementReference From, ElementReference To, RelationshipEvidence Evidence, Location? Location)> Relationships { get; } = [];

    public static AssemblyDeclarations Read(IAssemblySymbol assembly, bool inSource, CancellationToken cancellationToken)
    {
        var assemblyAttributes = assembly.GetAttributes();
        var container = assemblyAttributes.FirstOrDefault(attribute => Is(attribute, ArchitectureAttributeNames.Container)) is { } containerAttribute
            ? new AttributeArguments(containerAttribute).Constructor(0)
            : null;
        var declarations = new AssemblyDeclarations(assembly.Name, container, inSource);
        foreach (var attribute in assemblyAttributes.Where(attribute => Is(attribute, ArchitectureAttributeNames.Relationship)))
        {
            var arguments = new AttributeArguments(attribute);
            declarations.AddRelationship(arguments, arguments.NamedReference("From") ?? OwnContainer.Reference, attribute);
        }

        declarations.ReadTypes(assembly.GlobalNamespace, cancellationToken);
        return declarations;
    }

    private void ReadTypes(INamespaceOrTypeSymbol parent, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var member in parent.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                ReadTypes(ns, cancellationToken);
            }
            else if (member is INamedTypeSymbol type)
            {
                ReadType(type);
                ReadTypes(type, cancellationToken);
            }
        }
    }

    private void ReadType(INamedTypeSymbol type)
    {
        var attributes = type.GetAttributes();
        if (attributes.FirstOrDefault(attribute => Is(attribute, ArchitectureAttributeNames.Component)) is not { } component
            || new AttributeArguments(component).Constructor(0) is not { } name)
        {
            return;
        }

        var componentArguments = new AttributeArguments(component);
        Components.Add((name, componentArguments.NamedReference("Container"), TypeId.Of(type)));
        foreach (var attribute in attributes.Where(attribute => Is(attribute, ArchitectureAttributeNames.Relationship)))
        {
            AddRelationship(new AttributeArguments(attribute), new ElementReference(name), attribute);
        }
    }

    /// <summary>
    /// What an asynchronous relationship is to this check: a message travels through a broker, so no type use shows it
    /// (the generator's message evidence does, see docs/conformance.md).
    /// </summary>
    public const RelationshipEvidence MessagesAreNoTypeUse = RelationshipEvidence.None;

    private void AddRelationship(AttributeArguments arguments, ElementReference from, AttributeData attribute)
    {
        if (arguments.ConstructorReference(0) is { } to)
        {
            var evidence = arguments.NamedEnum<Interaction>("Interaction") == Interaction.Async ? MessagesAreNoTypeUse : arguments.NamedEnum<RelationshipEvidence>("Evidence");
            Relationships.Add((from, to, evidence, attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation()));
        }
    }

    private static bool Is(AttributeData attribute, string metadataName) => attribute.AttributeClass?.ToDisplayString() == metadataName;
}
