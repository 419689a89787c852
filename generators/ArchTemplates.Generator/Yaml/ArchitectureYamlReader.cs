using System;
using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace ArchTemplates.Generator.Yaml;

/// <summary>
/// What architecture.yml declares, and its problems. <see cref="Unreadable"/>: the file could not be read as a
/// whole (not YAML, or not a mapping at the top), so none of the elements it declares are known.
/// </summary>
internal sealed record ArchitectureYamlResult(ArchitectureDefinition Definition, EquatableArray<DiagnosticInfo> Diagnostics, bool Unreadable);

/// <summary>
/// Reads architecture.yml into an <see cref="ArchitectureDefinition"/> (see docs/architecture-yml.md).
/// Never throws on bad input: every problem becomes a located diagnostic and the rest is still read.
/// </summary>
[Component("YAML Reader", Description = "Reads architecture.yml into the model's prose and elements, reporting every problem with its position")]
internal static class ArchitectureYamlReader
{
    private static readonly string[] RootKeys =
    [
        "title", "status", "summary", "style", "people", "externalSystems", "containers", "components", "relationships",
        "technologies", "sequences", "testing", "patterns", "setup", "infrastructure", "structure", "changelog", "rules",
    ];

    private static readonly string[] ContainerKinds = ["service", "application", "database", "queue", "function"];
    private static readonly string[] Interactions = ["sync", "async"];
    private static readonly string[] EvidenceKinds = ["code", "none"];

    public static ArchitectureYamlResult Read(string filePath, SourceText text)
    {
        var reader = new YamlReader(filePath, text);
        var root = YamlDocumentLoader.Load(reader);
        if ((root is null || YamlReader.IsNull(root)) && reader.Diagnostics.Count == 0)
        {
            // Empty, only comments or "~": not even the title every document needs. Without an error here the
            // build would replace the team's document with an untitled one.
            reader.Report(DiagnosticDescriptors.MissingValue, null, reader.DisplayPath(string.Empty), "title");
        }

        var definition = root is null ? ArchitectureDefinition.Empty : ReadRoot(reader, root);
        return new ArchitectureYamlResult(definition, reader.Diagnostics.ToEquatableArray(), Unreadable: root is not YamlMappingNode);
    }

    private static ArchitectureDefinition ReadRoot(YamlReader reader, YamlNode root)
    {
        var map = reader.Mapping(root, string.Empty, RootKeys);
        if (map is null)
        {
            return ArchitectureDefinition.Empty;
        }

        var references = new List<Declared<NameReference>>();
        var definition = new ArchitectureDefinition(
            map.RequiredString("title", "architecture.yml") ?? ArchitectureDefinition.DefaultTitle,
            map.OneOf("status", "status", ArchitectureDefinition.Statuses) ?? "Draft",
            map.String("summary"),
            ReadStyle(reader.Mapping(map["style"], "style", ["name", "justification"])),
            ReadElements(reader, map),
            SequenceYamlReader.Read(reader, map["sequences"], references),
            references.ToEquatableArray(),
            ReadTesting(reader.Mapping(map["testing"], "testing", ["summary", "frameworks", "requirements"])),
            ReadPatterns(reader.Mapping(map["patterns"], "patterns", ["architectural", "apiDesign", "coding", "errorHandling"])),
            ReadSetup(reader, map["setup"]),
            ReadInfrastructure(reader.Mapping(map["infrastructure"], "infrastructure", ["summary", "resources", "cicd"])),
            ReadStructure(reader, map),
            reader.MappingList(map["changelog"], "changelog", ["date", "version", "description", "author"], entry =>
            {
                var date = entry.RequiredString("date", "A changelog entry");
                var description = entry.RequiredString("description", "A changelog entry");
                return date is null || description is null ? null : new ChangeEntry(date, entry.String("version"), description, entry.String("author"));
            }));
        return definition with { Rules = RulesYamlReader.Read(reader, map["rules"]) };
    }

    private static ArchitecturalStyle? ReadStyle(MappingReader? style)
    {
        if (style is null)
        {
            return null;
        }

        var name = style.Has("name")
            ? style.OneOf("name", "architectural style", ArchitecturalStyle.Names)
            : style.RequiredString("name", "style");
        return name is null ? null : new ArchitecturalStyle(name, style.String("justification"));
    }

    private static ElementDeclarations ReadElements(YamlReader reader, MappingReader map)
    {
        return new ElementDeclarations(
            reader.MappingList(map["people"], "people", ["name", "description"], person =>
                person.RequiredString("name", "A person") is { } name
                    ? Declare(person, new Person(name, person.String("description")))
                    : null),
            reader.MappingList(map["externalSystems"], "externalSystems", ["name", "description", "technology"], system =>
                system.RequiredString("name", "An external system") is { } name
                    ? Declare(system, new ExternalSystem(name, system.String("description"), system.String("technology")))
                    : null),
            reader.MappingList(map["containers"], "containers", ["name", "description", "technology", "kind"], container =>
                container.RequiredString("name", "A container") is { } name
                    ? Declare(container, new Container(
                        name,
                        container.String("description"),
                        container.String("technology"),
                        ParseKind(container.OneOf("kind", "container kind", ContainerKinds)),
                        Project: null))
                    : null),
            reader.MappingList(map["components"], "components", ["name", "container", "description", "technology"], component =>
            {
                var name = component.RequiredString("name", "A component");
                var container = component.RequiredString("container", "A component");
                return name is null || container is null
                    ? null
                    : Declare(component, new Component(name, new ElementReference(container), component.String("description"), component.String("technology"), TypeName: null));
            }),
            reader.MappingList(map["relationships"], "relationships", ["from", "to", "description", "technology", "interaction", "evidence"], relationship =>
            {
                var from = relationship.RequiredString("from", "A relationship");
                var to = relationship.RequiredString("to", "A relationship");
                var description = relationship.RequiredString("description", "A relationship");
                return from is null || to is null || description is null
                    ? null
                    : Declare(relationship, new Relationship(
                        new ElementReference(from),
                        new ElementReference(to),
                        description,
                        relationship.String("technology"),
                        relationship.OneOf("interaction", "interaction", Interactions) == "async")
                    {
                        Evidence = relationship.OneOf("evidence", "evidence", EvidenceKinds) == "none" ? global::ArchTemplates.Evidence.None : global::ArchTemplates.Evidence.Code,
                    });
            }),
            ReadTechnologies(reader, map["technologies"], "technologies"),
            EquatableArray<Declared<DataModel>>.Empty,
            EquatableArray<Declared<ApiEndpoint>>.Empty,
            EquatableArray<Declared<DecisionLink>>.Empty);
    }

    private static Declared<T> Declare<T>(MappingReader item, T element)
        where T : IEquatable<T>
        => new(element, item.Location);

    private static ContainerKind ParseKind(string? kind) => kind switch
    {
        "application" => ContainerKind.Application,
        "database" => ContainerKind.Database,
        "queue" => ContainerKind.Queue,
        "function" => ContainerKind.Function,
        _ => ContainerKind.Service,
    };

    private static EquatableArray<Declared<Technology>> ReadTechnologies(YamlReader reader, YamlNode? node, string path)
        => reader.MappingList(node, path, ["name", "version", "description", "package"], technology =>
            technology.RequiredString("name", "A technology") is { } name
                ? Declare(technology, new Technology(name, technology.String("version"), technology.String("description"), technology.String("package")))
                : null);

    private static Testing ReadTesting(MappingReader? testing)
    {
        if (testing is null)
        {
            return Testing.Empty;
        }

        var frameworks = ReadTechnologies(testing.Reader, testing["frameworks"], testing.ChildPath("frameworks"));
        return new Testing(
            testing.String("summary"),
            frameworks.Select(framework => framework.Element).ToEquatableArray(),
            testing.TextList("requirements"));
    }

    private static Patterns ReadPatterns(MappingReader? patterns)
        => patterns is null
            ? Patterns.Empty
            : new Patterns(patterns.TextList("architectural"), patterns.TextList("apiDesign"), patterns.TextList("coding"), patterns.TextList("errorHandling"));

    private static EquatableArray<SetupStep> ReadSetup(YamlReader reader, YamlNode? node)
    {
        var steps = new List<SetupStep>();
        var index = 0;
        foreach (var item in reader.Sequence(node, "setup"))
        {
            var path = $"setup[{index++}]";
            if (item is YamlScalarNode)
            {
                if (reader.Scalar(item, path) is { } title)
                {
                    steps.Add(new SetupStep(title, null, null));
                }

                continue;
            }

            var step = reader.Mapping(item, path, ["title", "description", "command"]);
            if (step?.RequiredString("title", "A setup step") is { } stepTitle)
            {
                steps.Add(new SetupStep(stepTitle, step.String("description"), step.String("command")));
            }
        }

        return steps.ToEquatableArray();
    }

    private static Infrastructure ReadInfrastructure(MappingReader? infrastructure)
    {
        if (infrastructure is null)
        {
            return Infrastructure.Empty;
        }

        var resources = infrastructure.Reader.MappingList(infrastructure["resources"], infrastructure.ChildPath("resources"), ["name", "purpose"], resource =>
            resource.RequiredString("name", "A resource") is { } name ? new InfrastructureResource(name, resource.String("purpose")) : null);
        return new Infrastructure(infrastructure.String("summary"), resources, infrastructure.String("cicd"));
    }

    private static EquatableArray<Declared<FolderDescription>> ReadStructure(YamlReader reader, MappingReader map)
    {
        if (map["structure"] is not { } node || YamlReader.IsNull(node))
        {
            return EquatableArray<Declared<FolderDescription>>.Empty;
        }

        if (node is not YamlMappingNode structure)
        {
            reader.Report(DiagnosticDescriptors.WrongYamlValueType, node, "structure", "a mapping of folder paths to descriptions", "not a mapping");
            return EquatableArray<Declared<FolderDescription>>.Empty;
        }

        var folders = new List<Declared<FolderDescription>>();
        foreach (var entry in structure.Children)
        {
            var folder = reader.Scalar(entry.Key, "structure");
            var description = reader.Scalar(entry.Value, $"structure.{folder}");
            if (folder is not null)
            {
                folders.Add(new Declared<FolderDescription>(new FolderDescription(NormalizeFolder(folder), description), reader.Locate(entry.Key)));
            }
        }

        return folders.ToEquatableArray();
    }

    /// <summary>"./src/services/gateway/" and "src\services\gateway" both become "src/services/gateway".</summary>
    public static string NormalizeFolder(string folder)
    {
        var normalized = folder.Replace('\\', '/').Trim('/');
        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized.Substring(2) : normalized;
    }
}
