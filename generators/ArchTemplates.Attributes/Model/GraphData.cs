using System;
using System.Globalization;

namespace ArchTemplates.Model;

/// <summary>
/// Reads the text the generator encodes <c>ArchitectureModel.Graph</c> as. The generated code carries the
/// graph as one string literal rather than a constructor call per element: the compiler reads a string as
/// a single token, which for thousands of elements saves the build hundreds of milliseconds. Each field is
/// <c>length:characters</c> (the length in UTF-16 code units, in decimal, then that many characters, any
/// characters at all) or <c>~</c> for null. The first field is the format, <see cref="Format"/>; then come
/// the graph's fields in constructor order, a list being its count followed by its items' fields, an enum
/// its numeric value. The generator writes each element's fields as its <c>ElementExchange</c> lists them.
/// </summary>
internal sealed class GraphData
{
    /// <summary>The format this library reads; the generator writes the format of its own package version.</summary>
    public const int Format = 2;

    private readonly string _text;
    private int _position;

    private GraphData(string text) => _text = text;

    public static SystemArchitecture Read(string text)
    {
        var data = new GraphData(text);
        var format = data.Number();
        if (format != Format)
        {
            throw new FormatException(
                $"The architecture graph was written in format {format}, and this ArchTemplates library reads format {Format}: " +
                "use the same version of the ArchTemplates.Generator package in every project.");
        }

        var graph = new SystemArchitecture(
            data.Required(),
            data.Required(),
            data.Optional(),
            data.Optional(),
            data.List(() => new PersonElement(data.Required(), data.Optional())),
            data.List(() => new ExternalSystemElement(data.Required(), data.Optional(), data.Optional())),
            data.List(() => new ContainerElement(data.Required(), data.Optional(), data.Optional(), data.Enum<ContainerKind>(), data.Optional(), data.Enum<Provenance>())),
            data.List(() => new ComponentElement(data.Required(), data.Optional(), data.Required(), data.Optional(), data.Optional(), data.Enum<Provenance>())),
            data.List(() => new RelationshipInfo(data.Required(), data.Required(), data.Required(), data.Optional(), data.Enum<Interaction>(), data.Enum<Provenance>())),
            data.List(() => new TechnologyInfo(data.Required(), data.Optional(), data.Optional())),
            data.List(() => new DataModelInfo(data.Required(), data.Required(), data.Optional(), data.Required())),
            data.List(() => new ApiEndpointInfo(data.Required(), data.Optional(), data.Required(), data.Required(), data.Optional(), data.Optional(), data.Optional(), data.Optional())));
        if (data._position != text.Length)
        {
            throw data.Malformed("text after the last field");
        }

        return graph;
    }

    private string? Optional()
    {
        if (_position < _text.Length && _text[_position] == '~')
        {
            _position++;
            return null;
        }

        var colon = _text.IndexOf(':', _position);
        if (colon < 0 || !int.TryParse(_text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > _text.Length - colon - 1)
        {
            throw Malformed("a field that is neither length:characters nor ~");
        }

        _position = colon + 1 + length;
        return _text.Substring(colon + 1, length);
    }

    private string Required() => Optional() ?? throw Malformed("null where a value is required");

    private int Number() => int.TryParse(Required(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw Malformed("a field that is not a number");

    private T Enum<T>()
        where T : struct, Enum
    {
        var value = Number();
        return System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw Malformed($"a value that is no {typeof(T).Name}");
    }

    private T[] List<T>(Func<T> item)
    {
        // Every item takes at least two characters: a count beyond that is damage, not a list to allocate.
        var count = Number();
        if (count > (_text.Length - _position) / 2)
        {
            throw Malformed("a list longer than the text");
        }

        var items = new T[count];
        for (var index = 0; index < items.Length; index++)
        {
            items[index] = item();
        }

        return items;
    }

    private FormatException Malformed(string what)
        => new($"The architecture graph's data has {what} before character {_position}; rebuild the project so the generator writes it again.");
}
