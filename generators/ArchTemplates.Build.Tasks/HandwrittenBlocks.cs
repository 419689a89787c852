using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// A hand-written part of a generated document: the lines between
/// <c>&lt;!-- archtemplates:handwritten section="## Heading" --&gt;</c> and <c>&lt;!-- archtemplates:end --&gt;</c>,
/// kept verbatim. <see cref="Section"/> is the heading line the block belongs under (<c>#</c> for the
/// title's section).
/// </summary>
internal sealed record HandwrittenBlock(string Section, string Text);

/// <summary>
/// A start marker without an end marker: at <see cref="Line"/> (1-based), unclosed before the end of the file or
/// before the next start marker at <see cref="NextStartLine"/>.
/// </summary>
internal sealed record UnclosedBlock(int Line, int? NextStartLine);

/// <summary>A line of a document and its number (1-based).</summary>
internal readonly record struct NumberedLine(int Number, string Text);

/// <summary>
/// The hand-written blocks of a document, its start markers that have no end marker, and the lines outside the
/// blocks (without line ends; complete only when <see cref="Unclosed"/> is empty).
/// </summary>
internal sealed record ExtractedBlocks(IReadOnlyList<HandwrittenBlock> Blocks, IReadOnlyList<UnclosedBlock> Unclosed, IReadOnlyList<NumberedLine> Outside);

/// <summary>A hand-written block whose section is gone, kept at the end of the document with its start marker at <see cref="Line"/> (1-based).</summary>
internal sealed record OrphanBlock(HandwrittenBlock Block, int Line);

/// <summary>The regenerated document with the hand-written blocks put back, and the blocks whose section is gone.</summary>
internal sealed record MergedDocument(string Content, IReadOnlyList<OrphanBlock> Orphans);

/// <summary>
/// Keeps hand-written blocks across regenerations. A block belongs to the section it was written in (the
/// nearest heading above it, recorded in its marker on the next regeneration); it is put back at the end of
/// that section's generated text, in its original order. A block whose section no longer exists is kept at
/// the end of the document with its marker unchanged, and reported, never dropped.
/// </summary>
[Component("Hand-written Blocks", Description = "Puts the hand-written blocks of the existing document back into the regenerated one")]
internal static class HandwrittenBlocks
{
    public const string EndMarker = "<!-- archtemplates:end -->";

    /// <summary>The section of everything before the first heading below the title, whatever the title says.</summary>
    public const string TitleSection = "#";

    // Greedy up to the last quote: markers written before sections were encoded hold a heading's quotes as they are.
    private static readonly Regex Begin = new(@"^<!--\s*archtemplates:handwritten(?:\s+section=""(?<section>.*)"")?\s*-->\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex End = new(@"^<!--\s*archtemplates:end\s*-->\s*$", RegexOptions.CultureInvariant);

    public static ExtractedBlocks Extract(string document)
    {
        var blocks = new List<HandwrittenBlock>();
        var unclosed = new List<UnclosedBlock>();
        var outside = new List<NumberedLine>();
        var lines = Lines(document);
        var sections = new SectionKeys();
        var section = TitleSection;
        var fences = new CodeFences();
        for (var i = 0; i < lines.Count; i++)
        {
            var begin = Begin.Match(lines[i]);
            if (!fences.IsOpen && begin.Success)
            {
                // The block ends at the first end marker outside the block's own code blocks. Where a block that
                // meets the end of the file or another start marker first was meant to end is a guess, so it is
                // reported and the caller leaves the document as it is.
                var start = i;
                var content = new List<string>();
                var blockFences = new CodeFences();
                for (i++; i < lines.Count && (blockFences.IsOpen || (!End.IsMatch(lines[i]) && !Begin.IsMatch(lines[i]))); i++)
                {
                    blockFences.Read(lines[i]);
                    content.Add(lines[i]);
                }

                if (i == lines.Count || !End.IsMatch(lines[i]))
                {
                    unclosed.Add(new UnclosedBlock(start + 1, i < lines.Count ? i + 1 : null));
                    i--; // The next start marker is read again, as a block of its own.
                    continue;
                }

                blocks.Add(new HandwrittenBlock(begin.Groups["section"].Success ? MarkerAttribute.Decode(begin.Groups["section"].Value) : section, string.Join("\n", content)));
                continue;
            }

            outside.Add(new NumberedLine(i + 1, lines[i]));
            if (!fences.Read(lines[i]) && MarkdownLines.IsHeading(lines[i]))
            {
                section = sections.Next(lines[i]);
            }
        }

        return new ExtractedBlocks(blocks, unclosed, outside);
    }

    public static MergedDocument Merge(string generated, IReadOnlyList<HandwrittenBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return new MergedDocument(generated, []);
        }

        var lines = Lines(generated.TrimEnd('\n'));
        var sectionEnds = SectionEnds(lines);
        var placed = blocks.Where(block => sectionEnds.ContainsKey(block.Section)).ToList();
        var orphans = blocks.Where(block => !sectionEnds.ContainsKey(block.Section)).ToList();

        var output = new StringBuilder(generated.Length + blocks.Sum(block => block.Text.Length + 100));
        for (var i = 0; i <= lines.Count; i++)
        {
            foreach (var entry in sectionEnds.Where(entry => entry.Value == i))
            {
                foreach (var block in placed.Where(block => block.Section == entry.Key))
                {
                    AppendBlock(output, block);
                }
            }

            if (i < lines.Count)
            {
                output.Append(lines[i]).Append('\n');
            }
        }

        var kept = new List<OrphanBlock>();
        foreach (var orphan in orphans)
        {
            // After the lines so far and the blank line the block starts with.
            kept.Add(new OrphanBlock(orphan, output.ToString().Count(character => character == '\n') + 2));
            AppendBlock(output, orphan);
        }

        return new MergedDocument(output.ToString(), kept);
    }

    /// <summary>For each section (by its key), the index of the line its generated text ends before.</summary>
    private static Dictionary<string, int> SectionEnds(List<string> lines)
    {
        var ends = new Dictionary<string, int>(StringComparer.Ordinal);
        var sections = new SectionKeys();
        var current = TitleSection;
        var fences = new CodeFences();
        for (var i = 1; i < lines.Count; i++)
        {
            if (fences.Read(lines[i]) || !MarkdownLines.IsHeading(lines[i]))
            {
                continue;
            }

            // Blocks go before the blank line that precedes the next heading.
            ends[current] = lines[i - 1].Length == 0 ? i - 1 : i;
            current = sections.Next(lines[i]);
        }

        ends[current] = lines.Count;
        return ends;
    }

    private static void AppendBlock(StringBuilder output, HandwrittenBlock block)
    {
        output.Append('\n')
            .Append("<!-- archtemplates:handwritten section=\"").Append(MarkerAttribute.Encode(block.Section)).Append("\" -->\n");
        if (block.Text.Length > 0)
        {
            output.Append(block.Text).Append('\n');
        }

        output.Append(EndMarker).Append('\n');
    }

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n').ToList();
}

/// <summary>
/// Names sections by their heading line; a heading that repeats ("#### APIs" under several containers) is
/// told apart by its occurrence: "#### APIs (2)". The title's section is <see cref="HandwrittenBlocks.TitleSection"/>.
/// </summary>
internal sealed class SectionKeys
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public string Next(string heading)
    {
        var line = heading.TrimEnd();
        if (line.StartsWith("# ", StringComparison.Ordinal))
        {
            return HandwrittenBlocks.TitleSection;
        }

        _seen[line] = _seen.TryGetValue(line, out var count) ? count + 1 : 1;
        return _seen[line] == 1 ? line : $"{line} ({_seen[line]})";
    }
}
