using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArchTemplates.Benchmarks;

/// <summary>A C# source file of the synthetic solution: its path and text.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// The synthetic architecture: 200 containers of 10 components each (2,000), 5 relationships declared on
/// every component (10,000, all to existing elements), and 100 data models (records with nested records,
/// collections, a dictionary, a string enum and nullable members). Everything is deterministic, so every
/// run measures the same input.
/// </summary>
internal static class SyntheticArchitecture
{
    public const int ContainerCount = 200;
    public const int ComponentsPerContainer = 10;
    public const int ComponentCount = ContainerCount * ComponentsPerContainer;
    public const int RelationshipsPerComponent = 5;
    public const int RelationshipCount = ComponentCount * RelationshipsPerComponent;
    public const int DataModelCount = 100;

    /// <summary>The component whose description the component-edit benchmark changes.</summary>
    public const int EditedComponent = 1234;

    public static string ContainerName(int container) => $"Container {container:D3}";

    public static string ComponentName(int component) => $"Component {component:D4}";

    public static string ComponentDescription(int component)
        => $"Handles step {component % ComponentsPerContainer} of the work of {ContainerName(ContainerOf(component))}";

    public static int ContainerOf(int component) => component / ComponentsPerContainer;

    public static string DataModelName(int model) => $"Model {model:D3}";

    /// <summary>The names of the elements a container's own project declares: itself, its components and its data models.</summary>
    public static IEnumerable<string> ElementNames(int container)
        => Enumerable.Range(container * ComponentsPerContainer, ComponentsPerContainer).Select(ComponentName)
            .Concat(DataModelsOf(container).Select(DataModelName))
            .Prepend(ContainerName(container));

    /// <summary>Data model <c>m</c> lives in container <c>2m</c>, so half the containers own one.</summary>
    public static int ContainerOfDataModel(int model) => model * ContainerCount / DataModelCount;

    /// <summary>architecture.yml; its <c>containers:</c> entries are left out when the containers' projects declare them in code.</summary>
    public static string Yaml(bool declareContainers)
    {
        var yaml = new StringBuilder()
            .Append("title: Synthetic Platform\n")
            .Append("status: Draft\n")
            .Append("summary: A synthetic system of ").Append(ContainerCount).Append(" services used to time the generator.\n")
            .Append("style:\n")
            .Append("  name: microservices\n")
            .Append("  justification: Each service is deployed on its own.\n");
        if (declareContainers)
        {
            yaml.Append("containers:\n");
            for (var container = 0; container < ContainerCount; container++)
            {
                var (technology, kind) = ContainerTechnology(container);
                yaml.Append("  - name: ").Append(ContainerName(container)).Append('\n')
                    .Append("    description: Service number ").Append(container).Append(" of the synthetic platform\n")
                    .Append("    technology: ").Append(technology).Append('\n')
                    .Append("    kind: ").Append(kind).Append('\n');
            }
        }

        return yaml.ToString();
    }

    /// <summary>
    /// One container's source files: one file per component and per data model. With
    /// <paramref name="ownProject"/> the container is its own project and declares itself with
    /// <c>[assembly: Container]</c>; otherwise its components name it with <c>Container = "..."</c>.
    /// </summary>
    public static IEnumerable<SourceFile> ContainerSources(int container, bool ownProject)
    {
        var folder = ContainerFolder(container);
        if (ownProject)
        {
            var (technology, kind) = ContainerTechnology(container);
            var kindName = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(kind);
            yield return new SourceFile(
                $"{folder}/AssemblyInfo.cs",
                $"[assembly: ArchTemplates.Container(\"{ContainerName(container)}\", Description = \"Service number {container} of the synthetic platform\", Technology = \"{technology}\", Kind = ArchTemplates.ContainerKind.{kindName})]\n");
        }

        for (var index = 0; index < ComponentsPerContainer; index++)
        {
            var component = container * ComponentsPerContainer + index;
            yield return Component(component, ComponentDescription(component), ownProject);
        }

        foreach (var model in DataModelsOf(container))
        {
            yield return DataModel(model);
        }
    }

    /// <summary>
    /// A component's file, with its five relationships: two within its container, two to other containers' components, one
    /// to another container. The code makes no HTTP call, so the last says the code cannot show it (or the documentation
    /// project that references the container projects would report it as unverified, ARCH207).
    /// </summary>
    public static SourceFile Component(int component, string description, bool ownProject)
    {
        var container = ContainerOf(component);
        var index = component % ComponentsPerContainer;
        string Sibling(int offset) => ComponentName(container * ComponentsPerContainer + (index + offset) % ComponentsPerContainer);
        string Remote(int offset) => ComponentName((container + offset) % ContainerCount * ComponentsPerContainer + (index + offset) % ComponentsPerContainer);

        var containerArgument = ownProject ? string.Empty : $", Container = \"{ContainerName(container)}\"";
        var text = $$"""
            using ArchTemplates;

            namespace Synthetic.Container{{container:D3}}
            {
                /// <summary>{{description}}.</summary>
                [Component("{{ComponentName(component)}}", Description = "{{description}}", Technology = "C#"{{containerArgument}})]
                [Relationship("{{Sibling(1)}}", "Sends work to")]
                [Relationship("{{Sibling(2)}}", "Reads state from", Interaction = Interaction.Async)]
                [Relationship("{{Remote(17)}}", "Publishes events to", Technology = "AMQP", Interaction = Interaction.Async)]
                [Relationship("{{Remote(53)}}", "Queries", Technology = "gRPC")]
                [Relationship("{{ContainerName((container + 101) % ContainerCount)}}", "Calls", Technology = "HTTP/JSON", Evidence = Evidence.None)]
                public sealed class Component{{component:D4}}
                {
                    public int Handle(int input) => input + {{component}};
                }
            }

            """;
        return new SourceFile($"{ContainerFolder(container)}/Component{component:D4}.cs", text);
    }

    /// <summary>A file the architecture does not depend on; the unrelated-edit benchmark changes it.</summary>
    public static SourceFile Unrelated(int answer)
        => new($"{ContainerFolder(0)}/Helper.cs", $"namespace Synthetic.Container000\n{{\n    internal static class Helper\n    {{\n        public static int Answer() => {answer};\n    }}\n}}\n");

    private static SourceFile DataModel(int model)
    {
        var container = ContainerOfDataModel(model);
        var text = $$"""
            using System;
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using ArchTemplates;

            namespace Synthetic.Container{{container:D3}}.Models
            {
                /// <summary>Synthetic data model {{model}}.</summary>
                [DataModel("{{DataModelName(model)}}", Description = "Synthetic data model {{model}}", Naming = JsonNaming.CamelCase)]
                public sealed record Model{{model:D3}}(
                    Guid Id,
                    string Name,
                    DateTimeOffset CreatedAt,
                    int? Priority,
                    string? Notes,
                    Model{{model:D3}}.Status State,
                    IReadOnlyList<Model{{model:D3}}.Line> Lines,
                    Dictionary<string, string> Attributes,
                    Model{{model:D3}}.Address? ShippingAddress)
                {
                    public sealed record Line(int Number, string Sku, decimal Quantity, decimal? Discount, IReadOnlyList<string> Tags);

                    public sealed record Address(string Street, string City, string? Region, string Country);

                    [JsonConverter(typeof(JsonStringEnumConverter))]
                    public enum Status { Draft, Submitted, Accepted, Rejected }
                }
            }

            """;
        return new SourceFile($"{ContainerFolder(container)}/Models/Model{model:D3}.cs", text);
    }

    private static IEnumerable<int> DataModelsOf(int container)
        => Enumerable.Range(0, DataModelCount).Where(model => ContainerOfDataModel(model) == container);

    private static string ContainerFolder(int container) => $"/repo/src/Container{container:D3}";

    /// <summary>Every tenth container is a database and every tenth (offset by five) a queue; the rest are services.</summary>
    private static (string Technology, string Kind) ContainerTechnology(int container) => (container % 10) switch
    {
        0 => ("PostgreSQL", "database"),
        5 => ("RabbitMQ", "queue"),
        _ => ("ASP.NET Core", "service"),
    };
}
