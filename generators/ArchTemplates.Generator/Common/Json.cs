using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArchTemplates.Generator.Common;

/// <summary>
/// A minimal JSON value model with a deterministic writer and a strict reader: enough for the JSON
/// Schemas the generator writes and the model fragments projects exchange, without a dependency that
/// would have to ride inside the package.
/// </summary>
internal abstract class JsonValue
{
    public string ToJson(bool indented = true)
    {
        var builder = new StringBuilder();
        Write(builder, indented, 0);
        return builder.ToString();
    }

    internal abstract void Write(StringBuilder builder, bool indented, int depth);

    public static JsonValue Parse(string text) => new JsonParser(text).ParseDocument();

    protected static void NewLine(StringBuilder builder, bool indented, int depth)
    {
        if (indented)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }
    }

    internal static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (character < 0x20 || character is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

/// <summary>A JSON object whose properties keep the order they were added in.</summary>
internal sealed class JsonObject : JsonValue
{
    private readonly List<KeyValuePair<string, JsonValue>> _properties = [];

    public IReadOnlyList<KeyValuePair<string, JsonValue>> Properties => _properties;

    public JsonValue? this[string name] => IndexOf(name) is var index and >= 0 ? _properties[index].Value : null;

    /// <summary>Adds a property; a null value is skipped, so optional values need no condition at the call site.</summary>
    /// <exception cref="System.InvalidOperationException">The object has the property already (use <see cref="Set"/>).</exception>
    public JsonObject Add(string name, JsonValue? value)
    {
        if (value is not null)
        {
            if (this[name] is not null)
            {
                throw new System.InvalidOperationException($"The JSON object has a property '{name}' already.");
            }

            _properties.Add(new KeyValuePair<string, JsonValue>(name, value));
        }

        return this;
    }

    /// <summary>Sets a property, replacing its value in place if the object has it.</summary>
    public JsonObject Set(string name, string value)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            return Add(name, value);
        }

        _properties[index] = new KeyValuePair<string, JsonValue>(name, new JsonString(value));
        return this;
    }

    // A plain loop: this runs for every property read and written (fragments hold tens of thousands), and a
    // predicate capturing the name would allocate each time. Objects are small, so a linear search is enough.
    private int IndexOf(string name)
    {
        for (var index = 0; index < _properties.Count; index++)
        {
            if (string.Equals(_properties[index].Key, name, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }

    public JsonObject Add(string name, string? value) => Add(name, value is null ? null : new JsonString(value));

    public string? String(string name) => (this[name] as JsonString)?.Value;

    internal override void Write(StringBuilder builder, bool indented, int depth)
    {
        if (_properties.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        for (var i = 0; i < _properties.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ",");
            NewLine(builder, indented, depth + 1);
            WriteString(builder, _properties[i].Key);
            builder.Append(indented ? ": " : ":");
            _properties[i].Value.Write(builder, indented, depth + 1);
        }

        NewLine(builder, indented, depth);
        builder.Append('}');
    }
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(IEnumerable<JsonValue>? items = null)
    {
        Items = items is null ? [] : new List<JsonValue>(items);
    }

    public List<JsonValue> Items { get; }

    internal override void Write(StringBuilder builder, bool indented, int depth)
    {
        if (Items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        // Arrays of plain values stay on one line: ["string", "null"] reads better than a column.
        var simple = Items.TrueForAll(item => item is JsonString or JsonNumber or JsonBoolean or JsonNull);
        builder.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : simple && indented ? ", " : ",");
            if (!simple)
            {
                NewLine(builder, indented, depth + 1);
            }

            Items[i].Write(builder, indented, depth + 1);
        }

        if (!simple)
        {
            NewLine(builder, indented, depth);
        }

        builder.Append(']');
    }
}

internal sealed class JsonString(string value) : JsonValue
{
    public string Value { get; } = value;

    internal override void Write(StringBuilder builder, bool indented, int depth) => WriteString(builder, Value);
}

/// <summary>A number, kept as its JSON text so that nothing is lost to floating point.</summary>
internal sealed class JsonNumber(string text) : JsonValue
{
    public string Text { get; } = text;

    public static JsonNumber From(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    internal override void Write(StringBuilder builder, bool indented, int depth) => builder.Append(Text);
}

internal sealed class JsonBoolean : JsonValue
{
    public static readonly JsonBoolean True = new(true);
    public static readonly JsonBoolean False = new(false);

    private JsonBoolean(bool value)
    {
        Value = value;
    }

    public bool Value { get; }

    internal override void Write(StringBuilder builder, bool indented, int depth) => builder.Append(Value ? "true" : "false");
}

internal sealed class JsonNull : JsonValue
{
    public static readonly JsonNull Instance = new();

    private JsonNull()
    {
    }

    internal override void Write(StringBuilder builder, bool indented, int depth) => builder.Append("null");
}
