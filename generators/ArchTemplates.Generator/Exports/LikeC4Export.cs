using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Exports;

/// <summary>
/// The merged model as a LikeC4 source file (<c>ArchDocsLikeC4</c>): the people and external systems, the system with
/// its containers and their components, every relationship tagged with its provenance (<c>#verified</c>,
/// <c>#declared</c>, <c>#inferred</c>; asynchronous ones of the dashed <c>async</c> kind), a context view, a container
/// view, a component view per container that has components and a dynamic view per sequence; each element links to
/// the decision records that concern it. LikeC4's CLI validates it and builds a browsable site from it. Identifiers are
/// the names in PascalCase, ASCII only, made unique in their scope with a number, so the same model always gives the
/// same file.
/// </summary>
[Component("LikeC4 Export", Description = "Writes the merged model as a LikeC4 source: elements, relationships with provenance, and views")]
internal static class LikeC4Export
{
    /// <param name="model">The merged model.</param>
    /// <param name="toRoot">The way from the LikeC4 file's folder to the documentation root (".."), which the links to
    /// decision records, whose paths are the root's, start with.</param>
    public static string Write(ArchitectureModel model, string toRoot)
    {
        var writer = new LikeC4Writer();
        var links = DecisionLinks(model, toRoot);
        writer.Line($"// {GeneratedFileMarker.Token} — this file is generated from architecture.yml and the code's architecture attributes; run `dotnet build` to regenerate it.");
        WriteSpecification(writer);

        var paths = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var componentsOf = model.Components.ToLookup(component => component.Container.Name, System.StringComparer.Ordinal);
        var topLevel = new ScopeIds();
        var system = topLevel.For(model.Title);
        using (writer.Block("model"))
        {
            foreach (var person in model.People)
            {
                paths[person.Name] = topLevel.For(person.Name);
                WriteElement(writer, links, paths[person.Name], "person", person.Name, person.Description, technology: null);
            }

            foreach (var external in model.ExternalSystems)
            {
                paths[external.Name] = topLevel.For(external.Name);
                WriteElement(writer, links, paths[external.Name], "externalSystem", external.Name, external.Description, external.Technology);
            }

            using (writer.Block($"{system} = system {Text(model.Title)}"))
            {
                var containerIds = new ScopeIds();
                foreach (var container in model.Containers)
                {
                    var id = containerIds.For(container.Name);
                    paths[container.Name] = system + "." + id;
                    using (writer.Block($"{id} = {Kind(container.Kind)} {Text(container.Name)}"))
                    {
                        Properties(writer, links[container.Name], container.Description, container.Technology);
                        var componentIds = new ScopeIds();
                        foreach (var component in componentsOf[container.Name])
                        {
                            var componentId = componentIds.For(component.Name);
                            paths[component.Name] = paths[container.Name] + "." + componentId;
                            WriteElement(writer, links, componentId, "component", component.Name, component.Description, component.Technology);
                        }
                    }
                }
            }

            foreach (var relationship in model.Relationships)
            {
                if (paths.TryGetValue(relationship.From.Name, out var from) && paths.TryGetValue(relationship.To.Name, out var to) && from != to)
                {
                    using (writer.Block($"{from} {(relationship.Async ? "-[async]->" : "->")} {to} {Text(relationship.Description)}"))
                    {
                        writer.Line("#" + relationship.Provenance.ToString().ToLowerInvariant());
                        Properties(writer, links: [], description: null, relationship.Technology);
                    }
                }
            }
        }

        WriteViews(writer, model, system, paths, componentsOf);
        return writer.ToString();
    }

    private static void WriteSpecification(LikeC4Writer writer)
    {
        using (writer.Block("specification"))
        {
            StyledElement(writer, "person", "shape person");
            StyledElement(writer, "externalSystem", "color muted");
            writer.Line("element system");
            writer.Line("element container");
            StyledElement(writer, "database", "shape storage");
            StyledElement(writer, "queue", "shape queue");
            writer.Line("element component");
            using (writer.Block("relationship async"))
            {
                writer.Line("line dashed");
            }

            // Provenance (docs/conformance.md): declared only, declared and found in the code, found in the code only.
            writer.Line("tag declared");
            writer.Line("tag verified");
            writer.Line("tag inferred");
        }
    }

    private static void StyledElement(LikeC4Writer writer, string kind, string style)
    {
        using (writer.Block("element " + kind))
        using (writer.Block("style"))
        {
            writer.Line(style);
        }
    }

    private static void WriteViews(LikeC4Writer writer, ArchitectureModel model, string system, Dictionary<string, string> paths, ILookup<string, Component> componentsOf)
    {
        using (writer.Block("views"))
        {
            // "index" is the view LikeC4 opens first (and makes up when there is none).
            var viewIds = new ScopeIds();
            using (writer.Block("view index"))
            {
                writer.Line("title " + Text($"System Context diagram for {model.Title}"));
                writer.Line("include *");
            }

            using (writer.Block($"view {viewIds.For("Containers")} of {system}"))
            {
                writer.Line("title " + Text($"Container diagram for {model.Title}"));
                writer.Line("include *");
            }

            foreach (var container in model.Containers.Where(container => componentsOf[container.Name].Any()))
            {
                using (writer.Block($"view {viewIds.For("Components of " + container.Name)} of {paths[container.Name]}"))
                {
                    writer.Line("title " + Text($"Component diagram for {container.Name}"));
                    writer.Line("include *");
                }
            }

            foreach (var sequence in model.Sequences)
            {
                var steps = Messages(sequence.Steps).Where(step => paths.ContainsKey(step.From) && paths.ContainsKey(step.To) && step.From != step.To).ToList();
                if (steps.Count == 0)
                {
                    continue;
                }

                using (writer.Block($"dynamic view {viewIds.For("Sequence " + sequence.Name)}"))
                {
                    writer.Line("title " + Text(sequence.Name));
                    if (sequence.Description is { } description)
                    {
                        writer.Line("description " + Text(description));
                    }

                    foreach (var step in steps)
                    {
                        // A reply is written from the caller's side, pointing back: "caller <- callee".
                        writer.Line(step.Kind == MessageKind.Reply
                            ? $"{paths[step.To]} <- {paths[step.From]} {Text(step.Text)}"
                            : $"{paths[step.From]} -> {paths[step.To]} {Text(step.Text)}");
                    }
                }
            }
        }
    }

    /// <summary>The messages of a sequence in order; LikeC4's dynamic views have no alternatives, options or loops, so their branches' messages follow one another, and notes are left out.</summary>
    private static IEnumerable<MessageStep> Messages(IEnumerable<SequenceStep> steps)
        => steps.SelectMany(step => step switch
        {
            MessageStep message => [message],
            BlockStep block => block.Branches.SelectMany(branch => Messages(branch.Steps)),
            _ => [],
        });

    private static void WriteElement(LikeC4Writer writer, ILookup<string, string> links, string id, string kind, string name, string? description, string? technology)
    {
        if (description is null && technology is null && !links[name].Any())
        {
            writer.Line($"{id} = {kind} {Text(name)}");
            return;
        }

        using (writer.Block($"{id} = {kind} {Text(name)}"))
        {
            Properties(writer, links[name], description, technology);
        }
    }

    /// <summary>An element's or relationship's technology, description and links.</summary>
    private static void Properties(LikeC4Writer writer, IEnumerable<string> links, string? description, string? technology)
    {
        if (technology is not null)
        {
            writer.Line("technology " + Text(technology));
        }

        if (description is not null)
        {
            writer.Line("description " + Text(description));
        }

        foreach (var link in links)
        {
            writer.Line(link);
        }
    }

    /// <summary>
    /// Each element's links to the records of the decisions that concern it, in the records' order: relative to the
    /// LikeC4 file, which LikeC4 resolves from the file's folder; a space in a file name is written as %20, since a
    /// link ends at the first space.
    /// </summary>
    private static ILookup<string, string> DecisionLinks(ArchitectureModel model, string toRoot)
        => model.Decisions
            .OrderBy(decision => decision.Number)
            .SelectMany(decision => decision.Elements.Select(element => (Element: element, Decision: decision)))
            .ToLookup(
                link => link.Element,
                link => $"link {(toRoot.Length == 0 ? "." : toRoot)}/{link.Decision.Path.Replace(" ", "%20")} {Text($"{link.Decision.Id} {link.Decision.Title}")}",
                System.StringComparer.Ordinal);

    private static string Kind(ContainerKind kind) => kind switch
    {
        ContainerKind.Database => "database",
        ContainerKind.Queue => "queue",
        _ => "container",
    };

    /// <summary>
    /// A LikeC4 string. Its reader takes no escapes, so the text is quoted with a quote it does not contain; in the
    /// rare text with both, double quotes become typographic ones.
    /// </summary>
    private static string Text(string text)
        => !text.Contains('\'') ? "'" + text + "'"
            : !text.Contains('"') ? "\"" + text + "\""
            : "'" + text.Replace('\'', '\u2019') + "'";

    /// <summary>Identifiers unique in one scope: the name in PascalCase, ASCII letters and digits only, numbered when taken.</summary>
    private sealed class ScopeIds
    {
        private readonly Dictionary<string, string> _byName = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _used = new(System.StringComparer.Ordinal);

        public string For(string name)
        {
            if (_byName.TryGetValue(name, out var known))
            {
                return known;
            }

            // LikeC4 identifiers are ASCII: what the C# identifier keeps beyond that (other letters, '_', '@') goes.
            var ascii = new string(Identifiers.ToPascalCase(name).Where(character => character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')).ToArray());
            var baseId = ascii.Length == 0 || char.IsDigit(ascii[0]) ? "E" + ascii : ascii;
            var id = baseId;
            for (var number = 2; !_used.Add(id); number++)
            {
                id = baseId + number;
            }

            return _byName[name] = id;
        }
    }

    /// <summary>Writes indented lines and brace blocks.</summary>
    private sealed class LikeC4Writer
    {
        private readonly StringBuilder _text = new();
        private int _depth;

        public void Line(string line) => _text.Append(' ', _depth * 2).Append(line).Append('\n');

        public System.IDisposable Block(string header)
        {
            Line(header + " {");
            _depth++;
            return new End(this);
        }

        public override string ToString() => _text.ToString();

        private sealed class End(LikeC4Writer writer) : System.IDisposable
        {
            public void Dispose()
            {
                writer._depth--;
                writer.Line("}");
            }
        }
    }
}
