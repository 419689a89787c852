using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering.Escaping;

namespace ArchTemplates.Generator.Rendering.Diagrams;

/// <summary>Writes a sequence as a Mermaid <c>sequenceDiagram</c>: people as actors, alt/else, opt, loop and notes.</summary>
internal sealed class SequenceDiagramWriter(ArchitectureModel model, DiagramIds ids)
{
    private readonly HashSet<string> _people = new(model.People.Select(person => person.Name), System.StringComparer.Ordinal);

    public string Write(Sequence sequence)
    {
        var diagram = new StringBuilder("sequenceDiagram\n");
        foreach (var participant in Participants(sequence))
        {
            diagram.Append("    ").Append(_people.Contains(participant) ? "actor " : "participant ")
                .Append(ids[participant]).Append(" as ").Append(MermaidText.Encoded(participant)).Append('\n');
        }

        diagram.Append('\n');
        WriteSteps(diagram, sequence.Steps, 1);
        return diagram.ToString();
    }

    /// <summary>The declared participants first, in their order, then the others in order of first appearance.</summary>
    private static List<string> Participants(Sequence sequence)
    {
        var order = new List<string>(sequence.Participants);
        void Visit(IEnumerable<SequenceStep> steps)
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case MessageStep message:
                        Add(message.From);
                        Add(message.To);
                        break;
                    case NoteStep note:
                        foreach (var name in note.Over)
                        {
                            Add(name);
                        }

                        break;
                    case BlockStep block:
                        foreach (var branch in block.Branches)
                        {
                            Visit(branch.Steps);
                        }

                        break;
                }
            }
        }

        void Add(string name)
        {
            if (!order.Contains(name))
            {
                order.Add(name);
            }
        }

        Visit(sequence.Steps);
        return order;
    }

    private void WriteSteps(StringBuilder diagram, IEnumerable<SequenceStep> steps, int depth)
    {
        var indent = new string(' ', depth * 4);
        foreach (var step in steps)
        {
            switch (step)
            {
                case MessageStep message:
                    var arrow = message.Kind switch
                    {
                        MessageKind.Reply => "-->>",
                        MessageKind.Async => "-)",
                        _ => "->>",
                    };
                    diagram.Append(indent).Append(ids[message.From]).Append(arrow).Append(ids[message.To]).Append(": ").Append(MermaidText.Encoded(message.Text)).Append('\n');
                    break;
                case NoteStep note:
                    diagram.Append(indent).Append("Note over ").Append(string.Join(",", note.Over.Select(name => ids[name])))
                        .Append(": ").Append(MermaidText.Encoded(note.Text)).Append('\n');
                    break;
                case BlockStep block:
                    var keyword = block.Kind switch
                    {
                        BlockKind.Opt => "opt",
                        BlockKind.Loop => "loop",
                        _ => "alt",
                    };
                    for (var i = 0; i < block.Branches.Count; i++)
                    {
                        var branch = block.Branches[i];
                        diagram.Append(indent).Append(i == 0 ? keyword : "else");
                        if (branch.Condition is not null)
                        {
                            diagram.Append(' ').Append(MermaidText.Encoded(branch.Condition));
                        }

                        diagram.Append('\n');
                        WriteSteps(diagram, branch.Steps, depth + 1);
                    }

                    diagram.Append(indent).Append("end\n");
                    break;
            }
        }
    }
}
