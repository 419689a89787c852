using System;
using System.Globalization;

namespace ArchTemplates.Model;

/// <summary>
/// Reads the text the generator encodes <c>ArchitectureModel.Graph</c> as. The generated code carries the
/// graph as one string constant rather than thousands of constructor calls: the compiler reads a string
/// as a single token, so a large architecture costs the build a fraction of the time. Each field is
/// <c>length:characters</c> (the length in decimal, then that many characters, any characters at all) or
/// <c>~</c> for null; a list is its count as a field, then its items' fields in constructor order; enums
/// are their numeric values. The writer and this reader ship in one package version, so the format has no
/// version of its own.
/// </summary>
internal sealed class GraphData(string text)
{
    private int _position;

    public static SystemArchitecture Read(string text)
    {
        var data = new GraphData(text);
        var graph = new SystemArchitecture(
            data.Required(),
            data.Required(),
            data.Optional(),
            data.Optional(),
            data.List(() => new PersonElement(data.Required(), data.Optional())),
            data.List(() => new ExternalSystemElement(data.Required(), data.Optional(), data.Optional())),
            data.List(() => new ContainerElement(data.Required(), data.Optional(), data.Optional(), (ContainerKind)data.Number(), data.Optional())),
            data.List(() => new ComponentElement(data.Required(), data.Optional(), data.Required(), data.Optional(), data.Optional())),
            data.List(() => new RelationshipInfo(data.Required(), data.Required(), data.Required(), data.Optional(), (Interaction)data.Number())),
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
        if (_position < text.Length && text[_position] == '~')
        {
            _position++;
            return null;
        }

        var colon = text.IndexOf(':', _position);
        if (colon < 0 || !int.TryParse(text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > text.Length - colon - 1)
        {
            throw Malformed("a field that is neither length:characters nor ~");
        }

        _position = colon + 1 + length;
        return text.Substring(colon + 1, length);
    }

    private string Required() => Optional() ?? throw Malformed("null where a value is required");

    private int Number() => int.TryParse(Required(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw Malformed("a field that is not a number");

    private T[] List<T>(Func<T> item)
    {
        var items = new T[Number()];
        for (var index = 0; index < items.Length; index++)
        {
            items[index] = item();
        }

        return items;
    }

    private FormatException Malformed(string what)
        => new($"The architecture graph's data has {what} at character {_position}; rebuild the project so the generator writes it again.");
}
