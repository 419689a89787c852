using System;
using System.Linq;
using System.Text.RegularExpressions;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Yaml;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Decisions;

/// <summary>A decision record as its file gives it, with the places a diagnostic points to.</summary>
internal sealed record DecisionRecord(
    int Number,
    string Title,
    DecisionStatus Status,
    string? Date,
    Declared<int>? SupersededBy,
    EquatableArray<Declared<string>> Elements,
    string Path);

/// <summary>One record file read: the record (null when it cannot be), and its problems.</summary>
internal sealed record DecisionRecordResult(Declared<DecisionRecord>? Record, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads an architecture decision record (see docs/decisions.md): a Markdown file named <c>NNNN-title.md</c> that
/// opens with MADR's front matter (<c>status</c>, <c>date</c>, and our <c>elements</c>, the names of the elements it
/// concerns) and whose first heading is its title. Never throws on bad input: each problem is a diagnostic at its line.
/// </summary>
[Component("Decision Reader", Description = "Reads the architecture decision records: number, title, status, date and the elements each concerns")]
internal static class DecisionRecordReader
{
    private static readonly string[] FrontMatterKeys = ["status", "date", "elements", "decision-makers", "consulted", "informed"];
    private static readonly Regex NumberedName = new(@"^(?<number>\d{1,9})-.*\.md$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex SupersededStatus = new(@"^superseded\s+by\s+\[?(?:ADR-?)?(?<number>\d{1,9})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private const string AllowedStatuses = "proposed, accepted, rejected, deprecated, superseded by ADR-NNNN";

    /// <summary>
    /// Whether a Markdown file of the decisions folder is a record: every numbered file is; of the others, not the
    /// folder's README or index, nor a template for new records (MADR's adr-template.md).
    /// </summary>
    public static bool IsRecord(string filePath)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(filePath);
        return (name.Length > 0 && char.IsDigit(name[0]))
            || (!name.Equals("README", StringComparison.OrdinalIgnoreCase)
                && !name.Equals("index", StringComparison.OrdinalIgnoreCase)
                && name.IndexOf("template", StringComparison.OrdinalIgnoreCase) < 0);
    }

    /// <param name="filePath">The file's full path, where diagnostics point.</param>
    /// <param name="text">Its text.</param>
    /// <param name="root">The solution root, which the document's paths are relative to.</param>
    public static DecisionRecordResult Read(string filePath, SourceText text, string root)
    {
        var start = LocationInfo.InFile(filePath, text, 1, 1, 0);
        var fileName = System.IO.Path.GetFileName(filePath);
        var number = NumberedName.Match(fileName);
        if (!number.Success)
        {
            return Problem(start, $"'{fileName}' has no number: name it NNNN-title.md, with the next free number (0001-use-a-message-broker.md)");
        }

        var lines = text.Lines;
        if (lines.Count == 0 || lines[0].ToString().Trim() != "---")
        {
            return Problem(start, $"'{fileName}' has no front matter: start it with a line '---', then 'status:' and 'date:', then '---'");
        }

        var end = Enumerable.Range(1, lines.Count - 1).FirstOrDefault(line => lines[line].ToString().Trim() == "---");
        if (end == 0)
        {
            return Problem(start, $"'{fileName}' opens its front matter with '---' but never closes it: add a line '---' after its last key");
        }

        // The front matter as YAML at the same offsets as in the file, so every location points into the file itself.
        var yaml = SourceText.From(new string(' ', lines[0].End) + text.ToString(TextSpan.FromBounds(lines[0].End, lines[end].Start)));
        var reader = new YamlReader(filePath, yaml);
        var map = reader.Mapping(YamlDocumentLoader.Load(reader), string.Empty, FrontMatterKeys);
        var title = Enumerable.Range(end + 1, lines.Count - end - 1)
            .Select(line => lines[line].ToString())
            .FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal))?
            .Substring(2).Trim();
        if (title is not { Length: > 0 })
        {
            reader.Report(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableDecision, LocationInfo.InFile(filePath, text, end + 1, 1, 3), $"'{fileName}' has no title: add a heading '# ' with the decision after the front matter"));
        }

        var (status, supersededBy) = map is null ? (null, null) : Status(reader, map);
        if (map?["status"] is not { } statusNode || YamlReader.IsNull(statusNode))
        {
            reader.Report(DiagnosticDescriptors.MissingValue, map?.Node, $"The decision record '{fileName}'", "status");
        }

        var record = title is { Length: > 0 } && status is not null
            ? new DecisionRecord(
                int.Parse(number.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture),
                title,
                status.Value,
                map!.String("date"),
                supersededBy,
                reader.Sequence(map["elements"], "elements")
                    .Select(node => reader.Scalar(node, "elements") is { } name ? new Declared<string>(name, reader.Locate(node)) : null)
                    .OfType<Declared<string>>()
                    .ToEquatableArray(),
                RootPaths.Relative(filePath, root))
            : null;
        return new DecisionRecordResult(record is null ? null : new Declared<DecisionRecord>(record, start), reader.Diagnostics.ToEquatableArray());
    }

    private static (DecisionStatus? Status, Declared<int>? SupersededBy) Status(YamlReader reader, MappingReader map)
    {
        var text = map.String("status");
        if (text is null)
        {
            return (null, null);
        }

        var superseded = SupersededStatus.Match(text);
        if (superseded.Success)
        {
            var by = int.Parse(superseded.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return (DecisionStatus.Superseded, new Declared<int>(by, reader.Locate(map["status"]!)));
        }

        // Letters only: Enum.TryParse would also take "1" or "accepted, rejected".
        if (text.All(char.IsLetter) && Enum.TryParse<DecisionStatus>(text, ignoreCase: true, out var status) && status != DecisionStatus.Superseded)
        {
            return (status, null);
        }

        reader.Report(DiagnosticDescriptors.InvalidValue, map["status"], text, "decision status", AllowedStatuses);
        return (null, null);
    }

    private static DecisionRecordResult Problem(LocationInfo location, string problem)
        => new(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableDecision, location, problem) }.ToEquatableArray());
}
