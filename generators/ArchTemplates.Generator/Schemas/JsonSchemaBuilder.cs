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
/// cannot describe becomes ARCH009 and an unconstrained schema, never an exception. What System.Text.Json
/// does with a type is read by <see cref="JsonContract"/>; this class writes the schema of it.
/// </summary>
[Component("Schema Builder", Description = "Derives a JSON Schema from a C# type as System.Text.Json serializes it")]
internal sealed class JsonSchemaBuilder(JsonNaming naming)
{
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";
    private const int MaxDefinitions = 256;

    // A number's digits as System.Text.Json writes them in a string.
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
                return DescribeNumber(integer: true, JsonContract.NumberHandling(origin), signed: false);
            case SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64:
                return DescribeNumber(integer: true, JsonContract.NumberHandling(origin), signed: true);
            case SpecialType.System_Single or SpecialType.System_Double:
                return DescribeNumber(integer: false, JsonContract.NumberHandling(origin), signed: true, namedLiterals: true);
            case SpecialType.System_Decimal:
                return DescribeNumber(integer: false, JsonContract.NumberHandling(origin), signed: true);
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

        if (JsonContract.IsByteBuffer(type))
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
            return Typed("array").Add("items", Describe(array.ElementType, JsonContract.IsNullable(array.ElementType), origin));
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return DescribeEnum((INamedTypeSymbol)type, origin);
        }

        if (JsonContract.DictionaryValueType(type) is { } valueType)
        {
            return Typed("object").Add("additionalProperties", Describe(valueType, JsonContract.IsNullable(valueType), origin));
        }

        if (JsonContract.CollectionItemType(type) is { } itemType)
        {
            return Typed("array").Add("items", Describe(itemType, JsonContract.IsNullable(itemType), origin));
        }

        if (type is INamedTypeSymbol named && ((named.TypeKind is TypeKind.Class or TypeKind.Struct && !named.IsAbstract) || JsonContract.IsPolymorphicBase(named)))
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
        => JsonContract.DerivedTypes(type) is { Count: > 0 } derived ? DescribePolymorphic(type, title, derived) : DescribeObject(type, title);

    /// <summary>
    /// A polymorphic base, as System.Text.Json writes it: each derived type with its discriminator (a
    /// <c>const</c> in the discriminator property, which comes first and is required), a derived type
    /// registered without a discriminator as it is, and the base type's own members when an instance can be
    /// written as the base (a concrete base, or unknown derived types falling back to it). The base's shape
    /// has no discriminator: System.Text.Json rejects one it does not know unless told to ignore it.
    /// </summary>
    private JsonObject DescribePolymorphic(INamedTypeSymbol type, string title, IReadOnlyList<(INamedTypeSymbol Type, JsonValue? Discriminator)> derived)
    {
        var polymorphism = JsonContract.Polymorphism(type);
        var discriminatorName = polymorphism.DiscriminatorName;
        var alternatives = new JsonArray();
        var writesBase = (type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsAbstract)
            || polymorphism.UnknownDerivedTypesAsBase;
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
            if (!polymorphism.IgnoresUnrecognizedDiscriminators && properties[discriminatorName] is null)
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

    /// <summary>An object schema with one property per member System.Text.Json serializes.</summary>
    private JsonObject DescribeObject(INamedTypeSymbol type, string title)
    {
        var properties = new JsonObject();
        var required = new List<string>();
        foreach (var member in JsonContract.SerializedMembers(type))
        {
            var memberType = JsonContract.MemberType(member);
            var jsonName = JsonContract.JsonName(member, naming);
            var schema = Describe(memberType, JsonContract.IsNullable(memberType), member);

            if (XmlDocumentation.Summary(member) is { } summary)
            {
                // An enum's schema describes its values already: the member's own summary comes first.
                schema.Set("description", schema.String("description") is { } values ? $"{summary} ({values})" : summary);
            }

            properties.Add(jsonName, schema);
            if (JsonContract.IsRequired(member, type, memberType))
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

    /// <summary>
    /// An enum as System.Text.Json writes it: its numbers, or with a string converter its names. A <c>[Flags]</c>
    /// enum's value is any combination: a number, or names joined by ", " (as "Read, Write").
    /// </summary>
    private static JsonObject DescribeEnum(INamedTypeSymbol type, ISymbol origin)
    {
        var members = JsonContract.EnumMembers(type).ToList();
        var flags = JsonContract.IsFlagsEnum(type);
        if (JsonContract.HasStringEnumConverter(type) || JsonContract.HasStringEnumConverter(origin))
        {
            var names = members.Select(JsonContract.EnumMemberName).ToList();
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

    /// <summary>
    /// A number as System.Text.Json writes and reads it under <c>[JsonNumberHandling]</c>: also a string of its
    /// digits when numbers are written as or read from strings, and for floating point "NaN", "Infinity" and
    /// "-Infinity" when named literals are allowed. JSON Schema applies <c>pattern</c> to strings only.
    /// </summary>
    private static JsonObject DescribeNumber(bool integer, JsonNumberHandling handling, bool signed, bool namedLiterals = false)
    {
        var type = integer ? "integer" : "number";
        var alternatives = new List<string>();
        if ((handling & (JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)) != 0)
        {
            alternatives.Add((signed ? "-?" : string.Empty) + (integer ? IntegerText : DecimalText));
        }

        if (namedLiterals && (handling & JsonNumberHandling.AllowNamedFloatingPointLiterals) != 0)
        {
            alternatives.Add("NaN|-?Infinity");
        }

        var schema = alternatives.Count == 0 ? Typed(type) : new JsonObject().Add("type", new JsonArray([new JsonString(type), new JsonString("string")]));
        return schema
            .Add("minimum", signed ? null : JsonNumber.From(0))
            .Add("pattern", alternatives.Count == 0 ? null : $"^({string.Join("|", alternatives)})$");
    }

    /// <summary>The names as one regular-expression alternation (ECMA-262, as JSON Schema's pattern is), each matched literally.</summary>
    private static string Alternatives(IEnumerable<string> names)
        => string.Join("|", names.Select(name => string.Concat(name.Select(character => @"\^$.|?*+()[]{}/".IndexOf(character) >= 0 ? "\\" + character : character.ToString()))));

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
