using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace ArchTemplates.Generator.Yaml;

/// <summary>Reads the <c>sequences</c> section: dynamic views with messages, alternatives, options, loops and notes.</summary>
internal static class SequenceYamlReader
{
    private const string MessageForm = "a message written 'From -> To: text' (or -->, -) ), or a mapping with from, to and message";

    // "Gateway -> Processor"; the arrow decides the kind of message. YAML reads "- Gateway -> Processor: text"
    // as a mapping with that one key, and a quoted "Gateway -> Processor: text" as a text with the colon inside.
    private static readonly Regex Arrow = new(@"^(?<from>.+?)\s*(?<arrow>-->|->|-\))\s*(?<to>.+?)$", RegexOptions.CultureInvariant);

    private static readonly string[] MessageKinds = ["call", "reply", "async"];

    private const string UniqueSequenceNamesRule = "Each sequence is a heading of the document, so sequence names must be unique; rename one of them.";

    /// <summary>Reads the sequences; every element name they use is added to <paramref name="references"/> with its location.</summary>
    public static EquatableArray<Sequence> Read(YamlReader reader, YamlNode? node, List<Declared<NameReference>> references)
    {
        // Headings' anchors ignore case, so "Flow" and "flow" are one sequence to a reader of the document.
        var seen = new Dictionary<string, LocationInfo>(System.StringComparer.OrdinalIgnoreCase);
        return reader.MappingList(node, "sequences", ["name", "description", "participants", "steps"], sequence =>
        {
            var name = sequence.RequiredString("name", "A sequence");
            if (sequence["steps"] is null)
            {
                reader.Report(DiagnosticDescriptors.MissingValue, sequence.Node, $"Sequence '{name}'", "steps");
            }

            if (name is null)
            {
                return null;
            }

            var context = new SequenceContext(reader, $"Sequence '{name}'", references);
            var participants = sequence.TextList("participants");
            foreach (var participant in participants)
            {
                context.Use(participant, sequence["participants"]!);
            }

            var read = new Sequence(name, sequence.String("description"), participants, ReadSteps(context, sequence["steps"], sequence.ChildPath("steps")));
            var location = reader.Locate(sequence["name"]!);
            if (seen.TryGetValue(name, out var first))
            {
                reader.Report(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateElement, location, "Sequence", name, LocationText.Describe(first), UniqueSequenceNamesRule));
                return null;
            }

            seen[name] = location;
            return read;
        });
    }

    private static EquatableArray<SequenceStep> ReadSteps(SequenceContext context, YamlNode? node, string path)
    {
        var steps = new List<SequenceStep>();
        var index = 0;
        foreach (var item in context.Reader.Sequence(node, path))
        {
            if (ReadStep(context, item, $"{path}[{index++}]") is { } step)
            {
                steps.Add(step);
            }
        }

        return steps.ToEquatableArray();
    }

    private static SequenceStep? ReadStep(SequenceContext context, YamlNode node, string path)
    {
        var step = ReadStepShape(context, node, path);
        switch (step)
        {
            case MessageStep message:
                context.Use(message.From, node);
                context.Use(message.To, node);
                break;
            case NoteStep note:
                foreach (var name in note.Over)
                {
                    context.Use(name, node);
                }

                break;
        }

        return step;
    }

    private static SequenceStep? ReadStepShape(SequenceContext context, YamlNode node, string path)
    {
        var reader = context.Reader;
        if (node is YamlScalarNode)
        {
            var text = reader.Scalar(node, path) ?? string.Empty;
            var colon = text.IndexOf(':');
            return colon > 0 && CompactMessage(text.Substring(0, colon), text.Substring(colon + 1)) is { } compact
                ? compact
                : Invalid(reader, node, path, $"'{text}'");
        }

        if (node is not YamlMappingNode mapping)
        {
            return Invalid(reader, node, path, "a list");
        }

        var keys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value).ToList();
        if (mapping.Children.Keys.FirstOrDefault() is YamlScalarNode { Value: { } arrow } && Arrow.IsMatch(arrow))
        {
            // Any other key in the step is reported as unknown; the message itself still counts.
            var compact = reader.Mapping(node, path, [arrow])!;
            return CompactMessage(arrow, reader.Scalar(compact[arrow], path) ?? string.Empty) ?? Invalid(reader, node, path, $"'{arrow}'");
        }

        if (keys.Contains("alt"))
        {
            return ReadAlternative(context, reader.Mapping(node, path, ["alt"])!, path);
        }

        if (keys.Contains("opt") || keys.Contains("loop"))
        {
            var kind = keys.Contains("opt") ? BlockKind.Opt : BlockKind.Loop;
            var keyword = kind == BlockKind.Opt ? "opt" : "loop";
            var block = reader.Mapping(node, path, [keyword, "steps"])!;
            var condition = block.String(keyword);
            if (block["steps"] is not { } stepsNode || YamlReader.IsNull(stepsNode) || stepsNode is YamlSequenceNode { Children.Count: 0 })
            {
                // A block without steps would draw an empty frame: nothing happens under its condition.
                reader.Report(DiagnosticDescriptors.MissingValue, block["steps"] ?? block.Node, condition is null ? $"{(kind == BlockKind.Opt ? "An" : "A")} {keyword} block" : $"The {keyword} block '{condition}'", "steps");
                return null;
            }

            return new BlockStep(kind, new[] { new SequenceBranch(condition, ReadSteps(context, stepsNode, block.ChildPath("steps"))) }.ToEquatableArray());
        }

        if (keys.Contains("note"))
        {
            var note = reader.Mapping(node, path, ["note", "over"])!;
            var text = note.RequiredString("note", "A note");
            var over = note.TextList("over");
            if (over.Count == 0)
            {
                reader.Report(DiagnosticDescriptors.MissingValue, note.Node, "A note", "over");
            }

            return text is null || over.Count == 0 ? null : new NoteStep(text, over);
        }

        var message = reader.Mapping(node, path, ["from", "to", "message", "kind"])!;
        var from = message.RequiredString("from", "A message");
        var to = message.RequiredString("to", "A message");
        var messageText = message.RequiredString("message", "A message");
        var messageKind = message.OneOf("kind", "message kind", MessageKinds) switch
        {
            "reply" => MessageKind.Reply,
            "async" => MessageKind.Async,
            _ => MessageKind.Call,
        };
        return from is null || to is null || messageText is null ? null : new MessageStep(from, to, messageText, messageKind);
    }

    private static MessageStep? CompactMessage(string arrow, string text)
    {
        var match = Arrow.Match(arrow.Trim());
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["arrow"].Value switch
        {
            "-->" => MessageKind.Reply,
            "-)" => MessageKind.Async,
            _ => MessageKind.Call,
        };
        return new MessageStep(match.Groups["from"].Value.Trim(), match.Groups["to"].Value.Trim(), text.Trim(), kind);
    }

    private static SequenceStep? Invalid(YamlReader reader, YamlNode node, string path, string actual)
    {
        reader.Report(DiagnosticDescriptors.WrongYamlValueType, node, path, MessageForm, actual);
        return null;
    }

    private static BlockStep? ReadAlternative(SequenceContext context, MappingReader alternative, string path)
    {
        var reader = context.Reader;
        var branches = new List<SequenceBranch>();
        var index = 0;
        foreach (var item in reader.Sequence(alternative["alt"], alternative.ChildPath("alt")))
        {
            var branchPath = $"{path}.alt[{index}]";
            var branch = reader.Mapping(item, branchPath, index == 0 ? ["when", "steps"] : ["else", "when", "steps"]);
            index++;
            if (branch is null)
            {
                continue;
            }

            var condition = branch.String("when") ?? branch.String("else");
            branches.Add(new SequenceBranch(condition, ReadSteps(context, branch["steps"], branch.ChildPath("steps"))));
        }

        if (branches.Count == 0)
        {
            // A value that is not a list, or a list of invalid branches, was reported where it is wrong.
            if (alternative["alt"] is not { } list || YamlReader.IsNull(list) || list is YamlSequenceNode { Children.Count: 0 })
            {
                reader.Report(DiagnosticDescriptors.MissingValue, alternative.Node, "An alt block", "branches (a list of { when, steps })");
            }

            return null;
        }

        return new BlockStep(BlockKind.Alt, branches.ToEquatableArray());
    }

    /// <summary>The sequence being read, and where the names it uses are collected.</summary>
    private sealed class SequenceContext(YamlReader reader, string description, List<Declared<NameReference>> references)
    {
        public YamlReader Reader { get; } = reader;

        public void Use(string name, YamlNode node)
            => references.Add(new Declared<NameReference>(new NameReference(description, name), Reader.Locate(node)));
    }
}
