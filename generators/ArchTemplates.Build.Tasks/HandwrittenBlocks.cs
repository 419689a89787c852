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

/// <summary>The regenerated document with the hand-written blocks put back, and the blocks whose section is gone.</summary>
internal sealed record MergedDocument(string Content, IReadOnlyList<HandwrittenBlock> Orphans);

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

    private const string TitleSection = "#";

    private static readonly Regex Begin = new(@"^<!--\s*archtemplates:handwritten(?:\s+section=""(?<section>[^""]*)"")?\s*-->\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex End = new(@"^<!--\s*archtemplates:end\s*-->\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Heading = new(@"^#{1,6} \S", RegexOptions.CultureInvariant);

    public static IReadOnlyList<HandwrittenBlock> Extract(string document)
    {
        var blocks = new List<HandwrittenBlock>();
        var lines = Lines(document);
        var section = TitleSection;
        var inFence = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var begin = Begin.Match(lines[i]);
            if (!inFence && begin.Success)
            {
                var content = new List<string>();
                for (i++; i < lines.Count && !End.IsMatch(lines[i]); i++)
                {
                    content.Add(lines[i]);
                }

                // An unclosed block runs to the end of the file: better kept too much than lost.
                blocks.Add(new HandwrittenBlock(begin.Groups["section"].Success ? begin.Groups["section"].Value : section, string.Join("\n", content)));
                continue;
            }

            inFence ^= IsFence(lines[i]);
            if (!inFence && Heading.IsMatch(lines[i]))
            {
                section = SectionOf(lines[i]);
            }
        }

        return blocks;
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

        foreach (var orphan in orphans)
        {
            AppendBlock(output, orphan);
        }

        return new MergedDocument(output.ToString(), orphans);
    }

    /// <summary>For each section (by heading line), the index of the line its generated text ends before.</summary>
    private static Dictionary<string, int> SectionEnds(List<string> lines)
    {
        var ends = new Dictionary<string, int>(StringComparer.Ordinal);
        string? current = TitleSection;
        var inFence = false;
        for (var i = 0; i < lines.Count; i++)
        {
            inFence ^= IsFence(lines[i]);
            if (inFence || !Heading.IsMatch(lines[i]) || i == 0)
            {
                continue;
            }

            // Blocks go before the blank line that precedes the next heading.
            var end = i > 0 && lines[i - 1].Length == 0 ? i - 1 : i;
            if (current is not null && !ends.ContainsKey(current))
            {
                ends[current] = end;
            }

            current = SectionOf(lines[i]);
        }

        if (current is not null && !ends.ContainsKey(current))
        {
            ends[current] = lines.Count;
        }

        return ends;
    }

    private static void AppendBlock(StringBuilder output, HandwrittenBlock block)
    {
        output.Append('\n')
            .Append("<!-- archtemplates:handwritten section=\"").Append(block.Section).Append("\" -->\n");
        if (block.Text.Length > 0)
        {
            output.Append(block.Text).Append('\n');
        }

        output.Append(EndMarker).Append('\n');
    }

    private static string SectionOf(string heading) => heading.StartsWith("# ", StringComparison.Ordinal) ? TitleSection : heading.TrimEnd();

    private static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal);

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n').ToList();
}
