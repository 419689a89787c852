using System.Collections.Immutable;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Reads <c>[assembly: Container(...)]</c>.</summary>
internal static class ContainerAttributeReader
{
    public const string MetadataName = "ArchTemplates.ContainerAttribute";

    public static ImmutableArray<ContainerDeclaration> Read(GeneratorAttributeSyntaxContext context)
    {
        var builder = ImmutableArray.CreateBuilder<ContainerDeclaration>(context.Attributes.Length);
        foreach (var attribute in context.Attributes)
        {
            var name = AttributeArguments.Constructor(attribute, 0);
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            builder.Add(new ContainerDeclaration(
                name!.Trim(),
                AttributeArguments.Named(attribute, "Description"),
                AttributeArguments.Named(attribute, "Technology")));
        }

        return builder.ToImmutable();
    }
}
