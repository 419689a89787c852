using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Code;

/// <summary>Reads constructor and named arguments of an attribute application as plain strings.</summary>
internal static class AttributeArguments
{
    public static string? Constructor(AttributeData attribute, int index)
        => attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value as string : null;

    public static string? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }
}
