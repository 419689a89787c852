using System;
using System.Globalization;
using System.Text;

namespace ArchTemplates.Generator.Common;

/// <summary>
/// A recursive-descent JSON parser for what <see cref="JsonValue"/> writes; throws <see cref="FormatException"/>
/// on malformed structure. Numbers are kept as text and not validated.
/// </summary>
internal sealed class JsonParser(string text)
{
    private int _position;

    public JsonValue ParseDocument()
    {
        var value = ParseValue();
        SkipWhitespace();
        return _position == text.Length ? value : throw Error("unexpected text after the value");
    }

    private JsonValue ParseValue()
    {
        SkipWhitespace();
        if (_position >= text.Length)
        {
            throw Error("unexpected end of text");
        }

        switch (text[_position])
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return new JsonString(ParseString());
            case 't': Expect("true"); return JsonBoolean.True;
            case 'f': Expect("false"); return JsonBoolean.False;
            case 'n': Expect("null"); return JsonNull.Instance;
            default: return ParseNumber();
        }
    }

    private JsonObject ParseObject()
    {
        var result = new JsonObject();
        _position++;
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return result;
        }

        do
        {
            SkipWhitespace();
            var name = ParseString();
            if (result[name] is not null)
            {
                throw Error($"the property '{name}' appears twice");
            }

            SkipWhitespace();
            Consume(':');
            result.Add(name, ParseValue());
            SkipWhitespace();
        }
        while (TryConsume(','));

        Consume('}');
        return result;
    }

    private JsonArray ParseArray()
    {
        var result = new JsonArray();
        _position++;
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return result;
        }

        do
        {
            result.Items.Add(ParseValue());
            SkipWhitespace();
        }
        while (TryConsume(','));

        Consume(']');
        return result;
    }

    private string ParseString()
    {
        Consume('"');

        // Most strings have no escapes: take them in one piece.
        var end = _position;
        while (end < text.Length && text[end] != '"' && text[end] != '\\')
        {
            end++;
        }

        if (end < text.Length && text[end] == '"')
        {
            var plain = text.Substring(_position, end - _position);
            _position = end + 1;
            return plain;
        }

        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= text.Length)
            {
                throw Error("unterminated string");
            }

            var character = text[_position++];
            if (character == '"')
            {
                return builder.ToString();
            }

            if (character != '\\')
            {
                builder.Append(character);
                continue;
            }

            var escape = _position < text.Length ? text[_position++] : throw Error("unterminated escape");
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > text.Length)
                    {
                        throw Error("truncated \\u escape");
                    }

                    builder.Append((char)int.Parse(text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _position += 4;
                    break;
                default: throw Error($"unknown escape \\{escape}");
            }
        }
    }

    private JsonNumber ParseNumber()
    {
        var start = _position;
        while (_position < text.Length && "+-0123456789.eE".IndexOf(text[_position]) >= 0)
        {
            _position++;
        }

        return _position > start ? new JsonNumber(text.Substring(start, _position - start)) : throw Error($"unexpected '{text[start]}'");
    }

    private void Expect(string word)
    {
        if (string.CompareOrdinal(text, _position, word, 0, word.Length) != 0)
        {
            throw Error($"expected '{word}'");
        }

        _position += word.Length;
    }

    private void Consume(char expected)
    {
        SkipWhitespace();
        if (!TryConsume(expected))
        {
            throw Error($"expected '{expected}'");
        }
    }

    private bool TryConsume(char expected)
    {
        if (_position < text.Length && text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_position < text.Length && text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private FormatException Error(string message) => new($"Invalid JSON at offset {_position}: {message}.");
}
