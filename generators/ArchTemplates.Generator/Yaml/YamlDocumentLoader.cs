using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using FlowMappingStart = YamlDotNet.Core.Tokens.FlowMappingStart;
using FlowSequenceStart = YamlDotNet.Core.Tokens.FlowSequenceStart;

namespace ArchTemplates.Generator.Yaml;

/// <summary>
/// Loads the one YAML document of a file. Whatever keeps the file from being read is ARCH001 at the place to
/// fix, which is often not where YamlDotNet noticed: the first control character, a second document, a tab
/// used for indentation, an alias of no anchor, a bracket left open.
/// </summary>
internal static class YamlDocumentLoader
{
    /// <summary>The root node of the file's document; null when the file cannot be read (then it is reported) or holds nothing.</summary>
    public static YamlNode? Load(YamlReader reader)
    {
        var text = reader.Text.ToString();
        if (FirstNonTextCharacter(text) is { } index)
        {
            ReportNonTextCharacter(reader, text, index);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (AnchorNotFoundException exception)
        {
            // YamlDotNet resolves aliases after the document, and reports them without a position.
            ReportUndefinedAlias(reader, text, exception);
            return null;
        }
        catch (YamlException exception)
        {
            ReportSyntaxError(reader, text, exception);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input (a plain scalar running over lines inside
            // brackets) instead of a YamlException.
            if (!ReportOpenBracket(reader, text, stop: null))
            {
                Report(reader, LastGoodPosition(text), "the YAML could not be read past this point");
            }

            return null;
        }

        if (stream.Documents.Count > 1)
        {
            Report(reader, DocumentStarts(text).ElementAt(1), "a second YAML document starts here, and architecture.yml holds one: merge the documents (remove the '---' or '...' line between them), or delete the one that is not meant");
            return null;
        }

        return stream.Documents.FirstOrDefault()?.RootNode;
    }

    /// <summary>
    /// The first character YAML does not allow (it takes tab, line breaks and printable Unicode): a control character
    /// says the file is binary or was saved in another encoding, and the parser's own message would not say so.
    /// </summary>
    private static int? FirstNonTextCharacter(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
                continue;
            }

            var allowed = character is '\t' or '\n' or '\r' or '\u0085'
                || character is >= ' ' and <= '~'
                || character is >= '\u00A0' and <= '\uD7FF'
                || character is >= '\uE000' and <= '\uFFFD';
            if (!allowed)
            {
                return index;
            }
        }

        return null;
    }

    private static void ReportNonTextCharacter(YamlReader reader, string text, int index)
    {
        var position = reader.Text.Lines.GetLinePosition(index);
        var (line, column) = (position.Line + 1, position.Character + 1);
        var kind = char.IsControl(text[index]) ? "control character" : "non-text character";
        Report(reader, line, column, $"the file contains the {kind} U+{(int)text[index]:X4} at line {line}, column {column}, which YAML does not allow: if architecture.yml is a binary file or was saved in another encoding, save it as UTF-8 text; otherwise delete the character");
    }

    private static void ReportUndefinedAlias(YamlReader reader, string text, AnchorNotFoundException exception)
    {
        var defined = new List<string>();
        foreach (var parsingEvent in Events(text))
        {
            if (parsingEvent is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                defined.Add(anchored.Anchor.Value);
            }
            else if (parsingEvent is AnchorAlias alias && !defined.Contains(alias.Value.Value, StringComparer.Ordinal))
            {
                var suggestion = Spelling.ClosestMatch(alias.Value.Value, defined);
                var fix = suggestion is null ? $"add '&{alias.Value.Value}' to the value to repeat, above this line" : $"did you mean '*{suggestion}'?";
                Report(reader, alias.Start, $"'*{alias.Value.Value}' refers to no anchor defined before it ({fix})");
                return;
            }
        }

        Report(reader, exception.Start, Describe(exception));
    }

    private static void ReportSyntaxError(YamlReader reader, string text, YamlException exception)
    {
        if (exception.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0
            && IndentingTab(reader, Later(exception.End, LastGoodPosition(text))) is { } tab)
        {
            Report(reader, tab.Line, tab.Column, "a tab indents this line, and YAML indents with spaces only: replace the tab with spaces");
            return;
        }

        if (exception.Message.StartsWith("While parsing a flow", StringComparison.Ordinal) && ReportOpenBracket(reader, text, exception.Start))
        {
            return;
        }

        Report(reader, exception.Start, Describe(exception));
    }

    /// <summary>
    /// Where the first tab that indents a line is, from <paramref name="from"/> on: YamlDotNet reports a tab used for
    /// indentation at the token before it, or at the start of the file.
    /// </summary>
    private static (int Line, int Column)? IndentingTab(YamlReader reader, Mark from)
    {
        var lines = reader.Text.Lines;
        var first = Math.Max(0, (int)from.Line - 1);
        if (first < lines.Count)
        {
            var marked = lines[first].ToString();
            if (marked.Substring(0, Math.Min(marked.Length, (int)from.Column - 1)).Trim().Length > 0)
            {
                // The mark is after content on its line, so that line's indentation came before it.
                first++;
            }
        }

        for (var index = first; index < lines.Count; index++)
        {
            var line = lines[index].ToString();
            var indentation = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', 0, indentation);
            if (tab >= 0 && indentation < line.Length && line[indentation] != '#')
            {
                return (index + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Reports the innermost '[' or '{' still open where the YAML could not be read further (<paramref name="stop"/>,
    /// or where the scanner gives up), with that place as the other location; false when no bracket is open there.
    /// </summary>
    private static bool ReportOpenBracket(YamlReader reader, string text, Mark? stop)
    {
        var open = new Stack<(Mark Start, char Bracket)>();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            while (scanner.MoveNext() && (stop is null || scanner.Current!.Start.Index < stop.Value.Index))
            {
                switch (scanner.Current)
                {
                    case FlowSequenceStart token:
                        open.Push((token.Start, '['));
                        break;
                    case FlowMappingStart token:
                        open.Push((token.Start, '{'));
                        break;
                    case YamlDotNet.Core.Tokens.FlowSequenceEnd or YamlDotNet.Core.Tokens.FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            stop ??= scanner.CurrentPosition;
        }

        if (open.Count == 0 || stop is null)
        {
            return false;
        }

        var (start, bracket) = open.Peek();
        var (line, column) = ((int)stop.Value.Line, (int)stop.Value.Column);
        var closing = bracket == '[' ? ']' : '}';
        var message = $"the '{bracket}' that opens here is not closed before line {line}, column {column}, where the YAML could not be read further: add the missing '{closing}' (or the ',' between two entries)";
        var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.MalformedYaml, At(reader, (int)start.Line, (int)start.Column), message) with
        {
            AdditionalLocations = new[] { At(reader, line, column) }.ToEquatableArray(),
        };
        reader.Report(diagnostic);
        return true;
    }

    private static IEnumerable<Mark> DocumentStarts(string text)
        => Events(text).OfType<DocumentStart>().Select(start => start.Start);

    /// <summary>The parser's events up to the end of the text, or up to where it cannot read further.</summary>
    private static IEnumerable<ParsingEvent> Events(string text)
    {
        var parser = new Parser(new StringReader(text));
        while (true)
        {
            try
            {
                if (!parser.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                // Expected: the input is malformed; the events read so far are all there are.
                yield break;
            }

            yield return parser.Current!;
        }
    }

    /// <summary>The end of the last event the parser could still read: where malformed input went wrong.</summary>
    private static Mark LastGoodPosition(string text) => Events(text).LastOrDefault()?.End ?? Mark.Empty;

    private static Mark Later(Mark first, Mark second) => first.Index >= second.Index ? first : second;

    private static void Report(YamlReader reader, Mark mark, string message) => Report(reader, (int)mark.Line, (int)mark.Column, message);

    private static void Report(YamlReader reader, int line, int column, string message)
        => reader.Report(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedYaml, At(reader, line, column), message));

    private static LocationInfo At(YamlReader reader, int line, int column) => LocationInfo.InFile(reader.FilePath, reader.Text, line, column, 1);

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes messages with the positions, which the diagnostic's location already carries.
        var message = exception.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(", StringComparison.Ordinal) && marker > 0)
        {
            message = message.Substring(marker + 3);
        }

        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim().TrimEnd('.');
    }
}
