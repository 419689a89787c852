using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArchTemplates.Generator.Schemas;

/// <summary>A data model's schema text and what could not be described.</summary>
internal sealed record SchemaResult(string Json, IReadOnlyList<DiagnosticInfo> Diagnostics);

/// <summary>
/// Derives a JSON Schema (draft 2020-12) from a C# type, describing the JSON System.Text.Json writes for
/// it: public readable properties (and <c>[JsonInclude]</c> fields) under their <c>[JsonPropertyName]</c>
/// or the naming policy; nullable annotations; numbers under <c>[JsonNumberHandling]</c>; collections and
/// string-keyed dictionaries; enums as numbers, or as names with <c>JsonStringEnumConverter</c>;
/// <c>[JsonDerivedType]</c> hierarchies with their discriminators; nested types in <c>$defs</c>. What it
/// cannot describe becomes ARCH009 and an unconstrained schema, never an exception.
/// </summary>
[Component("Schema Builder", Description = "Derives a JSON Schema from a C# type as System.Text.Json serializes it")]
internal sealed class JsonSchemaBuilder(JsonNaming naming)
{
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";
    private const string Serialization = "System.Text.Json.Serialization.";
    private const int MaxDefinitions = 256;

    // JsonNumberHandling's flags, and a number's digits as System.Text.Json writes them in a string.
    private const int AllowReadingFromString = 1;
    private const int WriteAsString = 2;
    private const int AllowNamedFloatingPointLiterals = 4;
    private const string IntegerText = "(0|[1-9][0-9]*)";
    private const string DecimalText = @"(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?";

    private readonly Dictionary<ITypeSymbol, string> _definitionNames = new(SymbolEqualityComparer.Default);
    private readonly SortedDictionary<string, JsonObject> _definitions = new(System.StringComparer.Ordinal);
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private INamedTypeSymbol? _root;
    private LocationInfo? _rootLocation;

    public SchemaResult Build(INamedTypeSymbol type, string name, string? description, LocationInfo? location)
    {
        _root = type;
        _rootLocation = location;
        var schema = new JsonObject()
            .Add("$schema", Dialect)
            .Add("$comment", $"{GeneratedFileMarker.Token}: derived from {type.ToDisplayString()}; run `dotnet build` to regenerate.")
            .Add("title", name)
            .Add("description", description);
        var body = type.TypeKind == TypeKind.Enum ? DescribeEnum(type, type) : DescribeType(type, type.Name);
        foreach (var property in body.Properties.Where(property => schema[property.Key] is null))
        {
            schema.Add(property.Key, property.Value);
        }

        if (_definitions.Count > 0)
        {
            var definitions = new JsonObject();
            foreach (var definition in _definitions)
            {
                definitions.Add(definition.Key, definition.Value);
            }

            schema.Add("$defs", definitions);
        }

        return new SchemaResult(schema.ToJson() + "\n", _diagnostics);
    }

    /// <summary>The schema of a value of <paramref name="type"/>, allowing null when <paramref name="nullable"/>.</summary>
    private JsonObject Describe(ITypeSymbol type, bool nullable, ISymbol origin)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue)
        {
            return Describe(nullableValue.TypeArguments[0], nullable: true, origin);
        }

        var schema = DescribeNonNull(type, origin);
        return nullable ? AllowNull(schema) : schema;
    }

    private JsonObject DescribeNonNull(ITypeSymbol type, ISymbol origin)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Typed("string");
            case SpecialType.System_Char:
                return Typed("string").Add("minLength", JsonNumber.From(1)).Add("maxLength", JsonNumber.From(1));
            case SpecialType.System_Boolean:
                return Typed("boolean");
            case SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64:
                return DescribeNumber(integer: true, NumberHandling(origin), signed: false);
            case SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64:
                return DescribeNumber(integer: true, NumberHandling(origin), signed: true);
            case SpecialType.System_Single or SpecialType.System_Double:
                return DescribeNumber(integer: false, NumberHandling(origin), signed: true, namedLiterals: true);
            case SpecialType.System_Decimal:
                return DescribeNumber(integer: false, NumberHandling(origin), signed: true);
            case SpecialType.System_DateTime:
                return Typed("string").Add("format", "date-time");
            case SpecialType.System_Object:
                return new JsonObject();
        }

        switch (type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString())
        {
            case "System.DateTimeOffset":
                return Typed("string").Add("format", "date-time");
            case "System.DateOnly":
                return Typed("string").Add("format", "date");
            case "System.TimeOnly":
            case "System.TimeSpan":
                return Typed("string");
            case "System.Guid":
                return Typed("string").Add("format", "uuid");
            case "System.Uri":
                return Typed("string").Add("format", "uri");
            case "System.Version":
                return Typed("string");
            case "System.Text.Json.JsonElement":
            case "System.Text.Json.Nodes.JsonNode":
            case "System.Text.Json.Nodes.JsonObject":
                return new JsonObject();
        }

        if (IsByteBuffer(type))
        {
            // System.Text.Json writes byte[] and (ReadOnly)Memory<byte> as base64 text.
            return Typed("string").Add("contentEncoding", "base64");
        }

        if (type.IsRefLikeType)
        {
            Report(origin, type.ToDisplayString(), "a ref struct cannot be serialized");
            return new JsonObject();
        }

        if (type is IArrayTypeSymbol array)
        {
            return Typed("array").Add("items", Describe(array.ElementType, IsNullable(array.ElementType), origin));
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return DescribeEnum((INamedTypeSymbol)type, origin);
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return Typed("object").Add("additionalProperties", Describe(valueType, IsNullable(valueType), origin));
        }

        if (CollectionItemType(type) is { } itemType)
        {
            return Typed("array").Add("items", Describe(itemType, IsNullable(itemType), origin));
        }

        if (type is INamedTypeSymbol named && ((named.TypeKind is TypeKind.Class or TypeKind.Struct && !named.IsAbstract) || HasAttribute(named, Serialization + "JsonDerivedTypeAttribute")))
        {
            return Reference(named);
        }

        Report(origin, type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(), DescribeProblem(type));
        return new JsonObject();
    }

    private JsonObject Reference(INamedTypeSymbol type)
    {
        if (SymbolEqualityComparer.Default.Equals(type, _root))
        {
            return new JsonObject().Add("$ref", "#");
        }

        if (!_definitionNames.TryGetValue(type, out var name))
        {
            if (_definitionNames.Count >= MaxDefinitions)
            {
                Report(type, type.ToDisplayString(), $"the model reaches more than {MaxDefinitions} types");
                return new JsonObject();
            }

            name = UniqueDefinitionName(type);
            _definitionNames[type] = name;
            _definitions[name] = new JsonObject();
            _definitions[name] = DescribeType(type, name);
        }

        return new JsonObject().Add("$ref", "#/$defs/" + name);
    }

    /// <summary>
    /// The JSON of a value declared as <paramref name="type"/>: an object, or for a base type with
    /// <c>[JsonDerivedType]</c> any of the shapes System.Text.Json writes for it (<see cref="DescribePolymorphic"/>).
    /// </summary>
    private JsonObject DescribeType(INamedTypeSymbol type, string title)
        => DerivedTypes(type) is { Count: > 0 } derived ? DescribePolymorphic(type, title, derived) : DescribeObject(type, title);

    /// <summary>
    /// A polymorphic base, as System.Text.Json writes it: each derived type with its discriminator (a
    /// <c>const</c> in the discriminator property, which comes first and is required), a derived type
    /// registered without a discriminator as it is, and the base type's own members when an instance can be
    /// written as the base (a concrete base, or unknown derived types falling back to it). The base's shape
    /// has no discriminator: System.Text.Json rejects one it does not know unless told to ignore it.
    /// </summary>
    private JsonObject DescribePolymorphic(INamedTypeSymbol type, string title, IReadOnlyList<(INamedTypeSymbol Type, JsonValue? Discriminator)> derived)
    {
        var polymorphic = Attributes(type, Serialization + "JsonPolymorphicAttribute").FirstOrDefault();
        var discriminatorName = NamedArgument(polymorphic, "TypeDiscriminatorPropertyName") as string ?? "$type";
        var alternatives = new JsonArray();
        var writesBase = (type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsAbstract)
            || NamedArgument(polymorphic, "UnknownDerivedTypeHandling") is int and not 0;
        foreach (var (derivedType, discriminator) in derived)
        {
            // The base may register itself: then it is written with its discriminator, and described here rather than referred to.
            var isBase = SymbolEqualityComparer.Default.Equals(derivedType, type);
            writesBase &= !isBase;
            var shape = isBase ? DescribeObject(type, title) : Reference(derivedType);
            alternatives.Items.Add(discriminator is null ? shape : Discriminated(shape, discriminatorName, discriminator));
        }

        if (writesBase)
        {
            var own = DescribeObject(type, title);
            var properties = (JsonObject)own["properties"]!;
            if (NamedArgument(polymorphic, "IgnoreUnrecognizedTypeDiscriminators") is not true && properties[discriminatorName] is null)
            {
                properties.Add(discriminatorName, JsonBoolean.False);
            }

            alternatives.Items.Add(own);
        }

        return new JsonObject().Add("anyOf", alternatives);
    }

    /// <summary><paramref name="shape"/> with the discriminator property, required, set to <paramref name="value"/>.</summary>
    private static JsonObject Discriminated(JsonObject shape, string name, JsonValue value)
    {
        var schema = new JsonObject()
            .Add("$ref", shape["$ref"])
            .Add("type", "object")
            .Add("properties", new JsonObject().Add(name, new JsonObject().Add("const", value)))
            .Add("required", new JsonArray([new JsonString(name)]));
        return shape["$ref"] is null ? schema.Add("allOf", new JsonArray([shape])) : schema;
    }

    /// <summary>The <c>[JsonDerivedType]</c> registrations of a base type, in declaration order, with their discriminators (string or integer).</summary>
    private static List<(INamedTypeSymbol Type, JsonValue? Discriminator)> DerivedTypes(INamedTypeSymbol type)
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

    /// <summary>An object schema with one property per member System.Text.Json serializes.</summary>
    private JsonObject DescribeObject(INamedTypeSymbol type, string title)
    {
        var properties = new JsonObject();
        var required = new List<string>();
        foreach (var member in SerializedMembers(type))
        {
            var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
            var jsonName = JsonName(member);
            var schema = Describe(memberType, IsNullable(memberType), member);

            if ((DocumentationSummary(member) ?? PositionalParameterDocumentation(member)) is { } summary)
            {
                // An enum's schema describes its values already: the member's own summary comes first.
                schema.Set("description", schema.String("description") is { } values ? $"{summary} ({values})" : summary);
            }

            properties.Add(jsonName, schema);
            if (IsRequired(member, type, memberType))
            {
                required.Add(jsonName);
            }
        }

        var result = Typed("object");
        if (type.Name != title)
        {
            result.Add("title", type.Name);
        }

        return result
            .Add("properties", properties)
            .Add("required", required.Count == 0 ? null : new JsonArray(required.Select(name => (JsonValue)new JsonString(name))));
    }

    private static IEnumerable<ISymbol> SerializedMembers(INamedTypeSymbol type)
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

    private string JsonName(ISymbol member)
    {
        var explicitName = Attributes(member, Serialization + "JsonPropertyNameAttribute").FirstOrDefault()?.ConstructorArguments.FirstOrDefault().Value as string;
        return explicitName ?? NamingPolicy.Apply(member.Name, naming);
    }

    /// <summary>
    /// Required: <c>required</c> members, <c>[JsonRequired]</c>, and the non-nullable parameters of a
    /// positional record, which a producer is expected to send.
    /// </summary>
    private static bool IsRequired(ISymbol member, INamedTypeSymbol type, ITypeSymbol memberType)
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

    /// <summary>
    /// An enum as System.Text.Json writes it: its numbers, or with a string converter its names. A <c>[Flags]</c>
    /// enum's value is any combination: a number, or names joined by ", " (as "Read, Write").
    /// </summary>
    private static JsonObject DescribeEnum(INamedTypeSymbol type, ISymbol origin)
    {
        var members = EnumMembers(type).ToList();
        var flags = HasAttribute(type, "System.FlagsAttribute");
        if (StringEnumConverterOn(type) || StringEnumConverterOn(origin))
        {
            var names = members.Select(JsonEnumName).ToList();
            var alternatives = Alternatives(names);
            return flags
                ? Typed("string").Add("pattern", $"^({alternatives})(, ({alternatives}))*$").Add("description", "Any combination of: " + string.Join(", ", names))
                : Typed("string").Add("enum", new JsonArray(names.Select(name => (JsonValue)new JsonString(name))));
        }

        var values = string.Join(", ", members.Select(member => $"{Number(member)} = {member.Name}"));
        return flags
            ? Typed("integer").Add("description", "A combination (sum) of: " + values)
            : Typed("integer").Add("enum", new JsonArray(members.Select(member => (JsonValue)new JsonNumber(Number(member))))).Add("description", values);
    }

    private static string Number(IFieldSymbol member) => System.Convert.ToString(member.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)!;

    private static string JsonEnumName(IFieldSymbol member)
        => member.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.Name == "JsonStringEnumMemberNameAttribute")?.ConstructorArguments.FirstOrDefault().Value as string
           ?? member.Name;

    /// <summary>
    /// A number as System.Text.Json writes and reads it under <c>[JsonNumberHandling]</c>: also a string of its
    /// digits when numbers are written as or read from strings, and for floating point "NaN", "Infinity" and
    /// "-Infinity" when named literals are allowed. JSON Schema applies <c>pattern</c> to strings only.
    /// </summary>
    private static JsonObject DescribeNumber(bool integer, int handling, bool signed, bool namedLiterals = false)
    {
        var type = integer ? "integer" : "number";
        var alternatives = new List<string>();
        if ((handling & (AllowReadingFromString | WriteAsString)) != 0)
        {
            alternatives.Add((signed ? "-?" : string.Empty) + (integer ? IntegerText : DecimalText));
        }

        if (namedLiterals && (handling & AllowNamedFloatingPointLiterals) != 0)
        {
            alternatives.Add("NaN|-?Infinity");
        }

        var schema = alternatives.Count == 0 ? Typed(type) : new JsonObject().Add("type", new JsonArray([new JsonString(type), new JsonString("string")]));
        return schema
            .Add("minimum", signed ? null : JsonNumber.From(0))
            .Add("pattern", alternatives.Count == 0 ? null : $"^({string.Join("|", alternatives)})$");
    }

    /// <summary>The <c>[JsonNumberHandling]</c> flags of a member, else of the type that declares it (System.Text.Json's order); 0 is strict.</summary>
    private static int NumberHandling(ISymbol member)
        => NumberHandlingAttribute(member) ?? (member.ContainingType is { } type ? NumberHandlingAttribute(type) : null) ?? 0;

    private static int? NumberHandlingAttribute(ISymbol symbol)
        => Attributes(symbol, Serialization + "JsonNumberHandlingAttribute").FirstOrDefault()?.ConstructorArguments.FirstOrDefault().Value as int?;

    /// <summary>The names as one regular-expression alternation (ECMA-262, as JSON Schema's pattern is), each matched literally.</summary>
    private static string Alternatives(IEnumerable<string> names)
        => string.Join("|", names.Select(name => string.Concat(name.Select(character => @"\^$.|?*+()[]{}/".IndexOf(character) >= 0 ? "\\" + character : character.ToString()))));

    private static IEnumerable<IFieldSymbol> EnumMembers(INamedTypeSymbol type)
        => type.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue);

    private static bool StringEnumConverterOn(ISymbol symbol)
        => Attributes(symbol, Serialization + "JsonConverterAttribute").Any(attribute =>
            attribute.ConstructorArguments.FirstOrDefault().Value is INamedTypeSymbol converter
            && converter.Name.StartsWith("JsonStringEnumConverter", System.StringComparison.Ordinal));

    private static ITypeSymbol? DictionaryValueType(ITypeSymbol type)
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

    private static bool IsByteBuffer(ITypeSymbol type)
        => type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
           || (type is INamedTypeSymbol { IsGenericType: true } named
               && named.OriginalDefinition.ToDisplayString() is "System.Memory<T>" or "System.ReadOnlyMemory<T>"
               && named.TypeArguments[0].SpecialType == SpecialType.System_Byte);

    private static ITypeSymbol? CollectionItemType(ITypeSymbol type)
        => SelfAndInterfaces(type)
            .FirstOrDefault(candidate => candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?
            .TypeArguments[0];

    private static IEnumerable<INamedTypeSymbol> SelfAndInterfaces(ITypeSymbol type)
        => (type is INamedTypeSymbol named ? new[] { named } : []).Concat(type.AllInterfaces);

    private static bool IsNullable(ITypeSymbol type)
        => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
           || (type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);

    private static bool IsIgnored(ISymbol member)
        => Attributes(member, Serialization + "JsonIgnoreAttribute").Any(attribute =>
            attribute.NamedArguments.Length == 0 || NamedArgument(attribute, "Condition") is 1);

    private static bool HasAttribute(ISymbol symbol, string metadataName) => Attributes(symbol, metadataName).Any();

    /// <summary>The symbol's attributes of one class, named by its full name.</summary>
    private static IEnumerable<AttributeData> Attributes(ISymbol symbol, string metadataName)
        => symbol.GetAttributes().Where(attribute => attribute.AttributeClass?.ToDisplayString() == metadataName);

    private static string? DocumentationSummary(ISymbol symbol) => DocumentationElement(symbol.GetDocumentationCommentXml(), "<summary>", "</summary>");

    /// <summary>A positional record's property is documented by the record's <c>&lt;param&gt;</c> of the same name.</summary>
    private static string? PositionalParameterDocumentation(ISymbol member)
        => member.ContainingType.IsRecord
            ? DocumentationElement(member.ContainingType.GetDocumentationCommentXml(), $"<param name=\"{member.Name}\">", "</param>")
            : null;

    private static string? DocumentationElement(string? xml, string open, string close)
    {
        var start = xml?.IndexOf(open, System.StringComparison.Ordinal) ?? -1;
        var end = start < 0 ? -1 : xml!.IndexOf(close, start, System.StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        // Tags inside the text (<see cref="..."/>, <c>) are dropped; their words stay.
        var inner = System.Text.RegularExpressions.Regex.Replace(xml!.Substring(start + open.Length, end - start - open.Length), "<[^>]+>", string.Empty);
        var text = string.Join(" ", inner.Split((char[])['\n', '\r', ' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : System.Net.WebUtility.HtmlDecode(text);
    }

    private string UniqueDefinitionName(INamedTypeSymbol type)
    {
        var baseName = type.IsGenericType
            ? type.Name + "Of" + string.Concat(type.TypeArguments.Select(argument => Identifiers.ToPascalCase(argument.Name)))
            : type.Name;
        var name = baseName;
        for (var suffix = 2; _definitions.ContainsKey(name); suffix++)
        {
            name = baseName + suffix;
        }

        return name;
    }

    private static string DescribeProblem(ITypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Interface => "an interface says nothing about the JSON written for it",
        TypeKind.Delegate => "delegates are not serializable",
        TypeKind.Pointer or TypeKind.FunctionPointer => "pointers are not serializable",
        TypeKind.TypeParameter => "an open type parameter has no fixed shape",
        _ when type.IsAbstract => "an abstract type's JSON depends on the runtime type",
        _ => "its JSON shape is not known",
    };

    private void Report(ISymbol origin, string typeName, string problem)
    {
        var location = origin.Locations.FirstOrDefault(candidate => candidate.IsInSource) is { } source ? LocationInfo.From(source) : _rootLocation;
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UndescribableDataModelType, location, origin.Name, typeName, problem));
    }

    private static JsonObject Typed(string type) => new JsonObject().Add("type", type);

    /// <summary>Lets a schema accept null as well: widens "type", or wraps a $ref in anyOf.</summary>
    private static JsonObject AllowNull(JsonObject schema)
    {
        if (schema.Properties.Count == 0)
        {
            return schema;
        }

        if (schema["type"] is { } type and (JsonString or JsonArray))
        {
            IEnumerable<JsonValue> types = type is JsonArray several ? several.Items : [type];
            var widened = new JsonObject().Add("type", new JsonArray([.. types, new JsonString("null")]));
            foreach (var property in schema.Properties.Where(property => property.Key != "type"))
            {
                widened.Add(property.Key, property.Key == "enum" && property.Value is JsonArray values
                    ? new JsonArray(values.Items.Concat([JsonNull.Instance]))
                    : property.Value);
            }

            return widened;
        }

        return new JsonObject().Add("anyOf", new JsonArray([schema, Typed("null")]));
    }
}
