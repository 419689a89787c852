using System.Collections;
using System.Reflection;

namespace ArchTemplates.Generator.Tests.Schemas;

/// <summary>Builds an instance of a type with a value in every member, so its serialized JSON exercises the whole schema.</summary>
internal static class SampleFactory
{
    private static readonly Dictionary<Type, object> Primitives = new()
    {
        [typeof(string)] = "text",
        [typeof(bool)] = true,
        [typeof(char)] = 'A',
        [typeof(byte)] = (byte)7,
        [typeof(int)] = 42,
        [typeof(uint)] = 7u,
        [typeof(long)] = 42L,
        [typeof(double)] = 21.5,
        [typeof(float)] = 1.5f,
        [typeof(decimal)] = 9.99m,
        [typeof(Guid)] = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
        [typeof(DateTime)] = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc),
        [typeof(DateTimeOffset)] = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(1)),
        [typeof(DateOnly)] = new DateOnly(2026, 11, 25),
        [typeof(Uri)] = new Uri("https://example.com/product"),
        [typeof(byte[])] = new byte[] { 1, 2, 3 },
        [typeof(Version)] = new Version(1, 2, 3),
    };

    public static object Create(Type type, int depth = 0)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Create(underlying, depth);
        }

        if (Primitives.TryGetValue(type, out var primitive))
        {
            return primitive;
        }

        if (type.IsEnum)
        {
            // A [Flags] value combines members (System.Text.Json writes 3, or "Read, Write"); any other is one member.
            var values = Enum.GetValues(type);
            return type.IsDefined(typeof(FlagsAttribute), inherit: false)
                ? Enum.ToObject(type, values.Cast<object>().Select(Convert.ToInt64).Where(value => value != 0).Take(2).Sum())
                : values.GetValue(values.Length - 1)!;
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Create(type.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (type.IsGenericType && type.GetGenericArguments().Length == 2 && typeof(IDictionary).IsAssignableFrom(type))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(type)!;
            dictionary["key"] = Create(type.GetGenericArguments()[1], depth + 1);
            return dictionary;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>)))
        {
            var itemType = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            if (depth < 3)
            {
                // A list of a polymorphic base holds one of each derived type, so that every shape is written.
                foreach (var item in DerivedTypes(itemType) is { Length: > 0 } derived ? derived : [itemType])
                {
                    list.Add(Create(item, depth + 1));
                }
            }

            return list;
        }

        // A single value of a polymorphic base is its last derived type (as an enum is its last member).
        return CreateObject(DerivedTypes(type) is { Length: > 0 } registered ? registered[^1] : type, depth);
    }

    private static object CreateObject(Type type, int depth)
    {
        var constructor = type.GetConstructors().OrderByDescending(candidate => candidate.GetParameters().Length).First();
        var instance = constructor.Invoke(constructor.GetParameters().Select(parameter => Member(parameter.ParameterType, depth)).ToArray());
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite && property.GetIndexParameters().Length == 0))
        {
            property.SetValue(instance, Member(property.PropertyType, depth));
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            field.SetValue(instance, Member(field.FieldType, depth));
        }

        return instance;
    }

    private static Type[] DerivedTypes(Type type)
        => [.. type.GetCustomAttributes<System.Text.Json.Serialization.JsonDerivedTypeAttribute>(inherit: false).Select(attribute => attribute.DerivedType)];

    /// <summary>Recursive types stop at a depth: nullable members become null, others get an empty value.</summary>
    private static object? Member(Type type, int depth)
        => depth >= 3 && (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null) && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type)
            ? null
            : Create(type, depth + 1);
}
