using System.Collections.Generic;
using ArchTemplates.Generator.Model;
using ArchTemplates.Generator.Rendering.Diagrams;
using ArchTemplates.Generator.Rendering.Escaping;
using Scriban.Runtime;

namespace ArchTemplates.Generator.Rendering;

/// <summary>
/// The object a document template sees (documented in docs/document-template.md). Keys are snake_case, Scriban's
/// convention. Diagrams come ready-made, so a template can place them without knowing Mermaid.
/// </summary>
internal static class ScriptModel
{
    public static ScriptObject From(ArchitectureModel model, string schemasFolder)
    {
        var ids = new DiagramIds(model);
        var index = new ModelIndex(model);
        var c4 = new C4DiagramWriter(model, ids, index);
        var sequences = new SequenceDiagramWriter(model, ids);

        // Components and relationships are listed for the whole model and again for their containers: one script object each.
        var components = new Memo<Component>(Component);
        var relationships = new Memo<Relationship>(Relationship);

        return new ScriptObject
        {
            ["markdown"] = MarkdownFunctions.Create(),
            ["title"] = model.Title,
            ["status"] = model.Status,
            ["summary"] = model.Summary,
            ["style"] = model.Style is null ? null : new ScriptObject
            {
                ["name"] = model.Style.Name,
                ["display_name"] = model.Style.DisplayName,
                ["justification"] = model.Style.Justification,
            },
            ["people"] = List(model.People, person => new ScriptObject { ["name"] = person.Name, ["description"] = person.Description }),
            ["external_systems"] = List(model.ExternalSystems, system => new ScriptObject
            {
                ["name"] = system.Name,
                ["description"] = system.Description,
                ["technology"] = system.Technology,
            }),
            ["containers"] = List(model.Containers, container => new ScriptObject
            {
                ["name"] = container.Name,
                ["description"] = container.Description,
                ["technology"] = container.Technology,
                ["kind"] = container.Kind.ToString().ToLowerInvariant(),
                ["project"] = container.Project,
                ["components"] = List(index.Components[container.Name], components.Get),
                ["apis"] = List(index.Apis[container.Name], Api),
                ["relationships"] = List(index.RelationshipsOf(container.Name), relationships.Get),
                ["component_diagram"] = c4.Components(container),
            }),
            ["components"] = List(model.Components, components.Get),
            ["relationships"] = List(model.Relationships, relationships.Get),
            ["technologies"] = List(model.Technologies, Technology),
            ["data_models"] = List(model.DataModels, dataModel => new ScriptObject
            {
                ["name"] = dataModel.Name,
                ["type"] = dataModel.TypeName,
                ["description"] = dataModel.Description,
                ["schema"] = dataModel.Schema.TrimEnd('\n'),
                ["file_name"] = dataModel.FileName,
                ["schema_path"] = schemasFolder.Length == 0 ? dataModel.FileName : $"{schemasFolder}/{dataModel.FileName}",
            }),
            ["apis"] = List(model.Apis, Api),
            ["sequences"] = List(model.Sequences, sequence => new ScriptObject
            {
                ["name"] = sequence.Name,
                ["description"] = sequence.Description,
                ["diagram"] = sequences.Write(sequence),
            }),
            ["diagrams"] = new ScriptObject
            {
                ["context"] = c4.Context(),
                ["containers"] = c4.Containers(),
            },
            ["testing"] = new ScriptObject
            {
                ["summary"] = model.Testing.Summary,
                ["frameworks"] = List(model.Testing.Frameworks, Technology),
                ["requirements"] = Texts(model.Testing.Requirements),
            },
            ["patterns"] = new ScriptObject
            {
                ["architectural"] = Texts(model.Patterns.Architectural),
                ["api_design"] = Texts(model.Patterns.ApiDesign),
                ["coding"] = Texts(model.Patterns.Coding),
                ["error_handling"] = Texts(model.Patterns.ErrorHandling),
            },
            ["setup"] = List(model.Setup, step => new ScriptObject
            {
                ["title"] = step.Title,
                ["description"] = step.Description,
                ["command"] = step.Command,
            }),
            ["infrastructure"] = new ScriptObject
            {
                ["summary"] = model.Infrastructure.Summary,
                ["resources"] = List(model.Infrastructure.Resources, resource => new ScriptObject { ["name"] = resource.Name, ["purpose"] = resource.Purpose }),
                ["cicd"] = model.Infrastructure.CiCd,
                ["deploy_files"] = Texts(model.Structure.DeployFiles),
            },
            ["structure"] = new ScriptObject
            {
                ["tree"] = model.Structure.Folders.Count == 0 ? null : StructureTreeWriter.Write(model.Structure),
                ["folders"] = List(model.Structure.Folders, folder => new ScriptObject { ["path"] = folder.Path, ["description"] = folder.Description }),
            },
            ["changelog"] = List(model.ChangeLog, change => new ScriptObject
            {
                ["date"] = change.Date,
                ["version"] = change.Version,
                ["description"] = change.Description,
                ["author"] = change.Author,
            }),
        };
    }

    private static ScriptObject Component(Component component) => new()
    {
        ["name"] = component.Name,
        ["container"] = component.Container.Name,
        ["description"] = component.Description,
        ["technology"] = component.Technology,
        ["type"] = component.TypeName,
    };

    private static ScriptObject Relationship(Relationship relationship) => new()
    {
        ["from"] = relationship.From.Name,
        ["to"] = relationship.To.Name,
        ["description"] = relationship.Description,
        ["technology"] = relationship.Technology,
        ["async"] = relationship.Async,
    };

    private static ScriptObject Technology(Technology technology) => new()
    {
        ["name"] = technology.Name,
        ["version"] = technology.Version,
        ["description"] = technology.Description,
    };

    private static ScriptObject Api(ApiEndpoint api) => new()
    {
        ["container"] = api.Container,
        ["component"] = api.Component,
        ["method"] = api.Method,
        ["route"] = api.Route,
        ["description"] = api.Description,
        ["request"] = api.Request,
        ["response"] = api.Response,
        ["responses"] = api.Responses,
    };

    private static ScriptArray List<T>(IEnumerable<T> items, System.Func<T, ScriptObject> map)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(map(item));
        }

        return array;
    }

    private static ScriptArray Texts(IEnumerable<string> texts)
    {
        var array = new ScriptArray();
        foreach (var text in texts)
        {
            array.Add(text);
        }

        return array;
    }

    /// <summary>One script object per model object; by reference, since hashing records by value costs more than making a second object.</summary>
    private sealed class Memo<T>(System.Func<T, ScriptObject> create)
        where T : class
    {
        private readonly Dictionary<T, ScriptObject> _made = new(ReferenceComparer.Instance);

        public ScriptObject Get(T item)
        {
            if (!_made.TryGetValue(item, out var made))
            {
                _made[item] = made = create(item);
            }

            return made;
        }

        private sealed class ReferenceComparer : IEqualityComparer<T>
        {
            public static readonly ReferenceComparer Instance = new();

            public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

            public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
