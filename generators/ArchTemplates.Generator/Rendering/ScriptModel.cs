using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
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
            ["people"] = List(model.People, ElementExchange.People),
            ["external_systems"] = List(model.ExternalSystems, ElementExchange.ExternalSystems),
            ["containers"] = List(model.Containers, container =>
            {
                var script = Fields(container, ElementExchange.Containers);
                script["components"] = List(index.Components[container.Name], components.Get);
                script["apis"] = List(index.Apis[container.Name], Api);
                script["relationships"] = List(index.RelationshipsOf(container.Name), relationships.Get);
                script["component_diagram"] = c4.Components(container);
                return script;
            }),
            ["components"] = List(model.Components, components.Get),
            ["relationships"] = List(model.Relationships, relationships.Get),
            ["technologies"] = List(model.Technologies, ElementExchange.Technologies),
            ["data_models"] = List(model.DataModels, dataModel =>
            {
                var script = Fields(dataModel, ElementExchange.DataModels);
                script["schema"] = dataModel.Schema.TrimEnd('\n');
                script["file_name"] = dataModel.FileName;
                script["schema_path"] = schemasFolder.Length == 0 ? dataModel.FileName : $"{schemasFolder}/{dataModel.FileName}";
                return script;
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
                ["legend"] = ProvenanceStyle.Legend,
            },
            ["conformance"] = Conformance(model, relationships),
            ["testing"] = new ScriptObject
            {
                ["summary"] = model.Testing.Summary,
                ["frameworks"] = List(model.Testing.Frameworks, ElementExchange.Technologies),
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
            ["decisions"] = List(model.Decisions, Decision),
            ["element_decisions"] = List(
                model.Decisions.SelectMany(decision => decision.Elements.Select(element => (Element: element, Decision: decision)))
                    .GroupBy(link => link.Element, System.StringComparer.Ordinal)
                    .OrderBy(group => group.Key, System.StringComparer.Ordinal)
                    .ToList(),
                group => new ScriptObject { ["element"] = group.Key, ["decisions"] = List(group.Select(link => link.Decision).ToList(), Decision) }),
            ["unreleased_changes"] = Texts(model.Unreleased is { } unreleased ? unreleased.Rows : EquatableArray<string>.Empty),
            ["released_model"] = model.Unreleased?.ReleasedModel,
            ["changelog"] = List(model.ChangeLog, change => new ScriptObject
            {
                ["date"] = change.Date,
                ["version"] = change.Version,
                ["description"] = change.Description,
                ["author"] = change.Author,
            }),
        };
    }

    /// <summary>Counts of relationships by provenance, the declared ones the code could show and does not (unverified), and the inferred ones.</summary>
    private static ScriptObject Conformance(ArchitectureModel model, Memo<Relationship> relationships)
    {
        int Count(Provenance provenance) => model.Relationships.Count(relationship => relationship.Provenance == provenance);
        return new ScriptObject
        {
            ["verified"] = Count(Provenance.Verified),
            ["declared"] = Count(Provenance.Declared),
            ["inferred"] = Count(Provenance.Inferred),
            ["unverified"] = List(model.Unverified, relationships.Get),
            ["inferred_relationships"] = List(model.Relationships.Where(relationship => relationship.Provenance == Provenance.Inferred), relationships.Get),
        };
    }

    private static ScriptObject Decision(Decision decision) => new()
    {
        ["id"] = decision.Id,
        ["number"] = decision.Number,
        ["title"] = decision.Title,
        ["status"] = decision.Status.ToString().ToLowerInvariant(),
        ["superseded_by"] = decision.SupersededBy is { } by ? Model.Decision.Identify(by) : null,
        ["date"] = decision.Date,
        ["elements"] = Texts(decision.Elements),
        ["path"] = decision.Path,
    };

    private static ScriptObject Component(Component component) => Fields(component, ElementExchange.Components);

    private static ScriptObject Relationship(Relationship relationship) => Fields(relationship, ElementExchange.Relationships);

    private static ScriptObject Api(ApiEndpoint api) => Fields(api, ElementExchange.Apis);

    /// <summary>An element's published fields under their keys: a reference as the element's name, an enum as its lower-case name.</summary>
    private static ScriptObject Fields<T>(T element, ElementFields<T> fields)
    {
        var script = new ScriptObject();
        foreach (var field in fields.Published)
        {
            var value = field.Value(element);
            script[field.Key] = field.Kind switch
            {
                FieldKind.Reference => ((ElementReference)value!).Name,
                FieldKind.Enum => value!.ToString().ToLowerInvariant(),
                _ => value,
            };
        }

        return script;
    }

    private static ScriptArray List<T>(IEnumerable<T> items, ElementFields<T> fields) => List(items, item => Fields(item, fields));

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
