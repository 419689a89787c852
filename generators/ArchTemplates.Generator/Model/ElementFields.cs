using System;
using System.Collections.Generic;
using System.Linq;

namespace ArchTemplates.Generator.Model;

/// <summary>How a field's value is carried: each exchange (fragment, graph data, script model) encodes each kind one way.</summary>
internal enum FieldKind
{
    /// <summary>A string, or null.</summary>
    Text,

    /// <summary>An <see cref="ElementReference"/>: a name, or in a fragment also a generated constant not yet resolved.</summary>
    Reference,

    /// <summary>An enum value: a number in a fragment and in the graph data, its lower-case name in the script model.</summary>
    Enum,

    /// <summary>A bool: 0 or 1 in the graph data (as the runtime's two-valued enums read it).</summary>
    Flag,
}

/// <summary>One field of an element as the exchanges carry it.</summary>
/// <param name="Key">The field's key in a fragment and in the script model (a lower-case word, the same in both).</param>
/// <param name="Kind">How the value is carried.</param>
/// <param name="Value">Reads the value from an element.</param>
/// <param name="Published">
/// False for a field that only travels between projects (in fragments) for the merge to use, and is not part of
/// the merged model's graph data and script model.
/// </param>
internal sealed record ElementField<T>(string Key, FieldKind Kind, Func<T, object?> Value, bool Published);

/// <summary>
/// An element's fields in the order the graph data carries them (the order of the runtime model's constructors),
/// and how an element is made again from a fragment's values. See <see cref="ElementExchange"/>.
/// </summary>
internal sealed class ElementFields<T>
{
    private readonly Func<FieldValues, T> _read;

    private ElementFields(IReadOnlyList<ElementField<T>> fields, Func<FieldValues, T> read)
    {
        All = fields;
        Published = fields.Where(field => field.Published).ToList();
        _read = read;
    }

    public IReadOnlyList<ElementField<T>> All { get; }

    /// <summary>The fields of the graph data and the script model.</summary>
    public IReadOnlyList<ElementField<T>> Published { get; }

    /// <summary>Makes an element from the values a fragment carries.</summary>
    /// <exception cref="FormatException">A required value is missing.</exception>
    public T Read(FieldValues values) => _read(values);

    /// <summary>Starts a definition; add fields in the graph data's order, then say how to read them back.</summary>
    public static Builder Define() => new([]);

    /// <summary>An immutable list of fields under construction.</summary>
    internal sealed class Builder(IReadOnlyList<ElementField<T>> fields)
    {
        public Builder Text(string key, Func<T, string?> value, bool published = true) => Add(key, FieldKind.Text, value, published);

        public Builder Reference(string key, Func<T, ElementReference> value) => Add(key, FieldKind.Reference, value, published: true);

        public Builder Enum<TEnum>(string key, Func<T, TEnum> value, bool published = true)
            where TEnum : struct, System.Enum
            => Add(key, FieldKind.Enum, element => value(element), published);

        public Builder Flag(string key, Func<T, bool> value) => Add(key, FieldKind.Flag, element => value(element), published: true);

        public ElementFields<T> ReadWith(Func<FieldValues, T> read) => new(fields, read);

        private Builder Add(string key, FieldKind kind, Func<T, object?> value, bool published)
            => new([.. fields, new ElementField<T>(key, kind, value, published)]);
    }
}

/// <summary>The values of one element as an exchange read them, by key.</summary>
internal abstract class FieldValues
{
    public abstract string? Text(string key);

    public abstract ElementReference Reference(string key);

    /// <summary>The value as a number; 0 when it is missing.</summary>
    public abstract int Number(string key);

    public abstract bool Flag(string key);

    /// <exception cref="FormatException">The value is missing.</exception>
    public string Required(string key) => Text(key) ?? throw new FormatException($"A fragment entry has no '{key}'.");

    /// <summary>The enum value; the default one when the number is not one of its values (written by a newer generator).</summary>
    public TEnum Enum<TEnum>(string key)
        where TEnum : struct, System.Enum
        => System.Enum.IsDefined(typeof(TEnum), Number(key)) ? (TEnum)(object)Number(key) : default;
}
