using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// The text of a generated file that regenerating it replaces, and its hash, which the build writes into the
/// file's marker line (<c>archtemplates:generated hash=…</c>) so that a later build can tell whether a person
/// has edited that text since. The text is every line outside the document's hand-written blocks, without the
/// spaces at its end and without blank lines: a CRLF checkout, an editor that trims trailing spaces and a
/// blank line around a new hand-written block edit nothing that regenerating would lose. The marker line counts
/// without the hash itself.
/// </summary>
[Component("Edit Detection", Description = "Stamps each written file with a hash of its generated text and finds where a person changed that text since")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.HandWrittenBlocks, "Reads the text outside hand-written blocks with")]
internal sealed class GeneratedText
{
    private const string HashPrefix = " hash=";
    private const int HashLength = 16;

    /// <summary>The content without the stored hash.</summary>
    private readonly string _content;

    /// <summary>Where the hash goes in <see cref="_content"/>: right after the marker's token; -1 without a marker.</summary>
    private readonly int _hashIndex;

    private readonly List<NumberedLine> _lines;

    private GeneratedText(string content, Func<string, IEnumerable<NumberedLine>> linesOf)
    {
        (_content, _hashIndex, StoredHash) = SplitHash(content);
        _lines = linesOf(_content)
            .Select(line => new NumberedLine(line.Number, line.Text.TrimEnd()))
            .Where(line => line.Text.Length > 0)
            .ToList();
        Hash = HashOf(_lines);
    }

    /// <summary>The hash in the file's marker line; null in a file without one (written before the build stamped hashes).</summary>
    public string? StoredHash { get; }

    /// <summary>The hash of the text as it is now.</summary>
    public string Hash { get; }

    /// <summary>Whether the text changed since the build stamped the file; a file without a stored hash counts as unchanged.</summary>
    public bool IsEdited => StoredHash is not null && !string.Equals(StoredHash, Hash, StringComparison.Ordinal);

    /// <summary>The content with <see cref="Hash"/> in its marker line: what the build writes.</summary>
    public string Stamped => _hashIndex < 0 ? _content : _content.Insert(_hashIndex, HashPrefix + Hash);

    /// <summary>A Markdown document: the lines outside its hand-written blocks count.</summary>
    public static GeneratedText OfDocument(string markdown) => new(markdown, text => HandwrittenBlocks.Extract(text).Outside);

    /// <summary>A file generated whole (a data-model schema, an export): every line counts.</summary>
    public static GeneratedText OfWholeFile(string content) => new(content, text => text.Split('\n').Select((line, index) => new NumberedLine(index + 1, line)));

    /// <summary>The content without the hash in its marker line.</summary>
    public static string WithoutHash(string content) => SplitHash(content).Content;

    /// <summary>
    /// Where a person edited this file (as found on disk) in a way that regenerating it as <paramref name="regenerated"/>
    /// would lose: the first line that differs from <paramref name="regenerated"/> (the last line when lines were only
    /// removed at the end). Null when the file is as the build wrote it, has no stored hash, or already reads as
    /// <paramref name="regenerated"/>.
    /// </summary>
    public int? FirstEditedLine(GeneratedText regenerated)
    {
        if (!IsEdited)
        {
            return null;
        }

        for (var i = 0; i < _lines.Count; i++)
        {
            if (i == regenerated._lines.Count || !string.Equals(_lines[i].Text, regenerated._lines[i].Text, StringComparison.Ordinal))
            {
                return _lines[i].Number;
            }
        }

        if (_lines.Count == regenerated._lines.Count)
        {
            return null;
        }

        return _lines.Count == 0 ? 1 : _lines[_lines.Count - 1].Number;
    }

    /// <summary>The content without its stored hash, where the hash goes (-1 without a marker), and the stored hash.</summary>
    private static (string Content, int HashIndex, string? StoredHash) SplitHash(string content)
    {
        var token = GeneratedFileMarker.TokenIndex(content);
        if (token < 0)
        {
            return (content, -1, null);
        }

        var index = token + GeneratedFileMarker.Token.Length;
        if (index + HashPrefix.Length + HashLength > content.Length || string.CompareOrdinal(content, index, HashPrefix, 0, HashPrefix.Length) != 0)
        {
            return (content, index, null);
        }

        var hash = content.Substring(index + HashPrefix.Length, HashLength);
        return hash.All(character => character is (>= '0' and <= '9') or (>= 'a' and <= 'f'))
            ? (content.Remove(index, HashPrefix.Length + HashLength), index, hash)
            : (content, index, null);
    }

    private static string HashOf(List<NumberedLine> lines)
    {
        using var sha256 = SHA256.Create();
        var digest = sha256.ComputeHash(Encoding.UTF8.GetBytes(string.Join("\n", lines.Select(line => line.Text))));
        return string.Concat(digest.Take(HashLength / 2).Select(value => value.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
