using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace ArchTemplates.Generator.Yaml;

/// <summary>
/// Reads YAML nodes of one file with type checks, reporting every problem as a located diagnostic
/// instead of throwing. Readers of the individual sections build on it.
/// </summary>
internal sealed class YamlReader
{
    /// <summary>The most characters a value may have (ARCH017): a document is read, not a place to paste a file into.</summary>
    public const int MaxValueLength = 1024 * 1024;

    private readonly List<DiagnosticInfo> _diagnostics = [];

    public YamlReader(string filePath, SourceText text)
    {
        FilePath = filePath;
        Text = text;
    }

    public string FilePath { get; }

    public SourceText Text { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlNode? node, params string[] args)
        => Report(DiagnosticInfo.Create(descriptor, node is null ? LocateStart() : Locate(node), args));

    public void Report(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

    public LocationInfo Locate(YamlNode node)
    {
        var start = node.Start;
        var length = start.Line == node.End.Line ? Math.Max(1, node.End.Column - start.Column) : 1;
        return LocationInfo.InFile(FilePath, Text, (int)start.Line, (int)start.Column, (int)length);
    }

    public LocationInfo LocateStart() => LocationInfo.InFile(FilePath, Text, 1, 1, 0);

    /// <summary>Opens a mapping, reporting the keys it does not know (with a suggestion) and non-mapping nodes.</summary>
    public MappingReader? Mapping(YamlNode? node, string path, IReadOnlyCollection<string> knownKeys)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(DiagnosticDescriptors.WrongYamlValueType, node, DisplayPath(path), "a mapping of keys to values", Describe(node));
            return null;
        }

        return new MappingReader(this, mapping, path, knownKeys);
    }

    /// <summary>A path as messages show it: the top level (path "") is the file itself.</summary>
    public string DisplayPath(string path) => path.Length == 0 ? System.IO.Path.GetFileName(FilePath) : path;

    /// <summary>The items of a sequence; a single non-sequence value is reported and skipped.</summary>
    public IEnumerable<YamlNode> Sequence(YamlNode? node, string path)
    {
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticDescriptors.WrongYamlValueType, node, path, "a list", Describe(node));
            return [];
        }

        return sequence.Children;
    }

    /// <summary>
    /// A scalar's text (trimmed), or null when absent, empty, or not a scalar (which is reported). A text longer
    /// than <see cref="MaxValueLength"/> is reported and still read: the document holds all of it.
    /// </summary>
    public string? Scalar(YamlNode? node, string path)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticDescriptors.WrongYamlValueType, node, path, "a text value", Describe(node));
            return null;
        }

        var value = scalar.Value?.Trim();
        if (value is { Length: > MaxValueLength })
        {
            Report(DiagnosticDescriptors.ValueTooLong, node, DisplayPath(path), value.Length.ToString("N0", CultureInfo.InvariantCulture), MaxValueLength.ToString("N0", CultureInfo.InvariantCulture));
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A list of texts; a single text counts as a list of one.</summary>
    public EquatableArray<string> TextList(YamlNode? node, string path)
    {
        if (node is YamlScalarNode)
        {
            var single = Scalar(node, path);
            return single is null ? EquatableArray<string>.Empty : new[] { single }.ToEquatableArray();
        }

        return Sequence(node, path)
            .Select((item, index) => Scalar(item, $"{path}[{index}]"))
            .Where(text => text is not null)
            .Select(text => text!)
            .ToEquatableArray();
    }

    /// <summary>Reads every mapping of a list with <paramref name="read"/>, skipping (and reporting) items that are not mappings.</summary>
    public EquatableArray<T> MappingList<T>(YamlNode? node, string path, IReadOnlyCollection<string> knownKeys, Func<MappingReader, T?> read)
        where T : class, IEquatable<T>
    {
        var items = new List<T>();
        var index = 0;
        foreach (var item in Sequence(node, path))
        {
            var map = Mapping(item, $"{path}[{index++}]", knownKeys);
            if (map is not null && read(map) is { } value)
            {
                items.Add(value);
            }
        }

        return items.ToEquatableArray();
    }

    public static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar
           && (scalar.Value is null || scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "a text value",
    };
}

/// <summary>One YAML mapping whose keys were checked against the keys its section takes.</summary>
internal sealed class MappingReader
{
    private readonly YamlReader _reader;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    public MappingReader(YamlReader reader, YamlMappingNode node, string path, IReadOnlyCollection<string> knownKeys)
    {
        _reader = reader;
        Node = node;
        Path = path;
        foreach (var entry in node.Children)
        {
            var key = entry.Key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
            if (!knownKeys.Contains(key))
            {
                var suggestion = Spelling.ClosestMatch(key, knownKeys);
                reader.Report(
                    DiagnosticDescriptors.UnknownYamlKey,
                    entry.Key,
                    key,
                    reader.DisplayPath(path),
                    suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)");
                continue;
            }

            _values[key] = entry.Value;
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public YamlReader Reader => _reader;

    public LocationInfo Location => _reader.Locate(Node);

    public bool Has(string key) => _values.ContainsKey(key);

    public YamlNode? this[string key] => _values.TryGetValue(key, out var value) ? value : null;

    public string ChildPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public string? String(string key) => _reader.Scalar(this[key], ChildPath(key));

    public EquatableArray<string> TextList(string key) => _reader.TextList(this[key], ChildPath(key));

    /// <summary>A text value that must be present; its absence is reported against <paramref name="element"/>.</summary>
    public string? RequiredString(string key, string element)
    {
        var value = String(key);
        if (value is null && this[key] is null or YamlScalarNode)
        {
            _reader.Report(DiagnosticDescriptors.MissingValue, this[key] ?? Node, element, key);
        }

        return value;
    }

    /// <summary>One of <paramref name="allowed"/> (case-insensitive), returned in its canonical spelling.</summary>
    public string? OneOf(string key, string what, IReadOnlyList<string> allowed)
    {
        var value = String(key);
        if (value is null)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(candidate => string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            _reader.Report(DiagnosticDescriptors.InvalidValue, this[key], value, what, string.Join(", ", allowed));
        }

        return match;
    }
}
