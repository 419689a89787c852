using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Schemas;

/// <summary><c>[JsonNumberHandling]</c>'s flags, as System.Text.Json defines them.</summary>
[Flags]
internal enum JsonNumberHandling
{
    Strict = 0,
    AllowReadingFromString = 1,
    WriteAsString = 2,
    AllowNamedFloatingPointLiterals = 4,
}

/// <summary>
/// How a <c>[JsonDerivedType]</c> base is written (<c>[JsonPolymorphic]</c>): the discriminator's property name,
/// whether an unknown derived type is written as the base, and whether an unknown discriminator is ignored on reading.
/// </summary>
internal sealed record JsonPolymorphism(string DiscriminatorName, bool UnknownDerivedTypesAsBase, bool IgnoresUnrecognizedDiscriminators);

/// <summary>
/// What System.Text.Json's contract says about C# types, read from their symbols: which members it serializes
/// and under which names, which are required, how numbers, enums, collections, dictionaries and polymorphic
/// bases are written. <see cref="JsonSchemaBuilder"/> writes schemas from these answers.
/// </summary>
internal static class JsonContract
{
    private const string Serialization = "System.Text.Json.Serialization.";

    /// <summary>How <paramref name="type"/>'s <c>[JsonPolymorphic]</c> says it is written; its defaults without one.</summary>
    public static JsonPolymorphism Polymorphism(INamedTypeSymbol type)
    {
        var polymorphic = Attributes(type, Serialization + "JsonPolymorphicAttribute").FirstOrDefault();
        return new JsonPolymorphism(
            NamedArgument(polymorphic, "TypeDiscriminatorPropertyName") as string ?? "$type",
            NamedArgument(polymorphic, "UnknownDerivedTypeHandling") is int and not 0,
            NamedArgument(polymorphic, "IgnoreUnrecognizedTypeDiscriminators") is true);
    }

    /// <summary>True for a type with <c>[JsonDerivedType]</c> registrations.</summary>
    public static bool IsPolymorphicBase(INamedTypeSymbol type) => HasAttribute(type, Serialization + "JsonDerivedTypeAttribute");

    public static bool IsFlagsEnum(INamedTypeSymbol type) => HasAttribute(type, "System.FlagsAttribute");

    /// <summary>The type of a serialized member (a property or a field).</summary>
    public static ITypeSymbol MemberType(ISymbol member) => member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;

    /// <summary>The <c>[JsonDerivedType]</c> registrations of a base type, in declaration order, with their discriminators (string or integer).</summary>
    public static List<(INamedTypeSymbol Type, JsonValue? Discriminator)> DerivedTypes(INamedTypeSymbol type)
    {
        var registrations = new List<(INamedTypeSymbol Type, JsonValue? Discriminator)>();
        foreach (var attribute in Attributes(type, Serialization + "JsonDerivedTypeAttribute"))
        {
            if (attribute.ConstructorArguments is [{ Value: INamedTypeSymbol derived }, .. var discriminator])
            {
                registrations.Add((derived, discriminator switch
                {
                    [{ Value: string name }] => new JsonString(name),
                    [{ Value: int number }] => JsonNumber.From(number),
                    _ => null,
                }));
            }
        }

        return registrations;
    }

    private static object? NamedArgument(AttributeData? attribute, string name)
        => attribute?.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value;

    public static IEnumerable<ISymbol> SerializedMembers(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            // System.Text.Json writes a type's properties before its fields.
            foreach (var member in current.GetMembers().OrderBy(member => member is IFieldSymbol ? 1 : 0))
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || HasAttribute(member, Serialization + "JsonExtensionDataAttribute") || IsIgnored(member) || !seen.Add(member.Name))
                {
                    continue;
                }

                var include = HasAttribute(member, Serialization + "JsonIncludeAttribute");
                if (member is IPropertySymbol { IsIndexer: false, GetMethod: not null } property
                    && (include || (property.DeclaredAccessibility == Accessibility.Public && property.GetMethod.DeclaredAccessibility == Accessibility.Public))
                    && !(current.IsRecord && property.Name == "EqualityContract"))
                {
                    yield return property;
                }
                else if (member is IFieldSymbol { IsConst: false } field && include && field.DeclaredAccessibility == Accessibility.Public)
                {
                    yield return field;
                }
            }
        }
    }

    public static string JsonName(ISymbol member, JsonNaming naming)
    {
        var explicitName = Attributes(member, Serialization + "JsonPropertyNameAttribute").FirstOrDefault()?.ConstructorArguments.FirstOrDefault().Value as string;
        return explicitName ?? NamingPolicy.Apply(member.Name, naming);
    }

    /// <summary>
    /// Required: <c>required</c> members, <c>[JsonRequired]</c>, and the non-nullable parameters of a
    /// positional record, which a producer is expected to send.
    /// </summary>
    public static bool IsRequired(ISymbol member, INamedTypeSymbol type, ITypeSymbol memberType)
    {
        if (member is IPropertySymbol { IsRequired: true } || HasAttribute(member, Serialization + "JsonRequiredAttribute"))
        {
            return true;
        }

        return type.IsRecord
            && !IsNullable(memberType)
            && type.InstanceConstructors.Any(constructor => constructor.Parameters.Length > 0
                && constructor.Parameters.Any(parameter => parameter.Name == member.Name)
                && SymbolEqualityComparer.Default.Equals(member.ContainingType, type));
    }

    public static string EnumMemberName(IFieldSymbol member)
        => member.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.Name == "JsonStringEnumMemberNameAttribute")?.ConstructorArguments.FirstOrDefault().Value as string
           ?? member.Name;

    /// <summary>The <c>[JsonNumberHandling]</c> flags of a member, else of the type that declares it (System.Text.Json's order); 0 is strict.</summary>
    public static JsonNumberHandling NumberHandling(ISymbol member)
        => (JsonNumberHandling)(NumberHandlingAttribute(member) ?? (member.ContainingType is { } type ? NumberHandlingAttribute(type) : null) ?? 0);

    private static int? NumberHandlingAttribute(ISymbol symbol)
        => Attributes(symbol, Serialization + "JsonNumberHandlingAttribute").FirstOrDefault()?.ConstructorArguments.FirstOrDefault().Value as int?;

    public static IEnumerable<IFieldSymbol> EnumMembers(INamedTypeSymbol type)
        => type.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue);

    public static bool HasStringEnumConverter(ISymbol symbol)
        => Attributes(symbol, Serialization + "JsonConverterAttribute").Any(attribute =>
            attribute.ConstructorArguments.FirstOrDefault().Value is INamedTypeSymbol converter
            && converter.Name.StartsWith("JsonStringEnumConverter", StringComparison.Ordinal));

    public static ITypeSymbol? DictionaryValueType(ITypeSymbol type)
    {
        foreach (var candidate in SelfAndInterfaces(type))
        {
            if (candidate.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>")
            {
                // System.Text.Json writes string, number, enum and Guid keys as property names.
                return candidate.TypeArguments[1];
            }
        }

        return null;
    }

    public static bool IsByteBuffer(ITypeSymbol type)
        => type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
           || (type is INamedTypeSymbol { IsGenericType: true } named
               && named.OriginalDefinition.ToDisplayString() is "System.Memory<T>" or "System.ReadOnlyMemory<T>"
               && named.TypeArguments[0].SpecialType == SpecialType.System_Byte);

    public static ITypeSymbol? CollectionItemType(ITypeSymbol type)
        => SelfAndInterfaces(type)
            .FirstOrDefault(candidate => candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?
            .TypeArguments[0];

    private static IEnumerable<INamedTypeSymbol> SelfAndInterfaces(ITypeSymbol type)
        => (type is INamedTypeSymbol named ? new[] { named } : []).Concat(type.AllInterfaces);

    public static bool IsNullable(ITypeSymbol type)
        => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
           || (type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);

    public static bool IsIgnored(ISymbol member)
        => Attributes(member, Serialization + "JsonIgnoreAttribute").Any(attribute =>
            attribute.NamedArguments.Length == 0 || NamedArgument(attribute, "Condition") is 1);

    private static bool HasAttribute(ISymbol symbol, string metadataName) => Attributes(symbol, metadataName).Any();

    /// <summary>The symbol's attributes of one class, named by its full name.</summary>
    private static IEnumerable<AttributeData> Attributes(ISymbol symbol, string metadataName)
        => symbol.GetAttributes().Where(attribute => attribute.AttributeClass?.ToDisplayString() == metadataName);
}
