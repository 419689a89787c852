using System.Collections.Generic;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Exports;

/// <summary>
/// The merged model as JSON (<c>ArchDocsJsonModel</c>): the integration point for other tools, described by
/// docs/architecture-model.schema.json. Elements come in the model's order (docs/exports.md lists it), properties in
/// a fixed order, and absent values are left out, so the same model always gives the same bytes.
/// </summary>
[Component("JSON Export", Description = "Writes the merged model as JSON, the format its published schema describes, for other tools")]
internal static class JsonModelExport
{
    /// <summary>The format's version: raised when a change could break a reader.</summary>
    public const int Format = 1;

    public const string SchemaId = "https://raw.githubusercontent.com/archtemplates/archtemplates/main/docs/architecture-model.schema.json";

    /// <param name="model">The merged model.</param>
    /// <param name="schemasFolder">Where the data-model schemas are written, from the documentation root.</param>
    public static string Write(ArchitectureModel model, string schemasFolder)
    {
        var root = new JsonObject()
            .Add("$comment", $"{GeneratedFileMarker.Token} — this file is generated from architecture.yml and the code's architecture attributes; run `dotnet build` to regenerate it.")
            .Add("$schema", SchemaId)
            .Add("format", JsonNumber.From(Format))
            .Add("title", model.Title)
            .Add("status", model.Status)
            .Add("summary", model.Summary)
            .Add("style", model.Style is { } style ? new JsonObject().Add("name", style.Name).Add("justification", style.Justification) : null)
            .Add("people", Array(model.People, person => new JsonObject().Add("name", person.Name).Add("description", person.Description)))
            .Add("externalSystems", Array(model.ExternalSystems, system => new JsonObject()
                .Add("name", system.Name).Add("description", system.Description).Add("technology", system.Technology)))
            .Add("containers", Array(model.Containers, container => new JsonObject()
                .Add("name", container.Name)
                .Add("kind", Camel(container.Kind.ToString()))
                .Add("description", container.Description)
                .Add("technology", container.Technology)
                .Add("project", container.Project)
                .Add("provenance", Camel(container.Provenance.ToString()))))
            .Add("components", Array(model.Components, component => new JsonObject()
                .Add("name", component.Name)
                .Add("container", component.Container.Name)
                .Add("description", component.Description)
                .Add("technology", component.Technology)
                .Add("type", component.TypeName)
                .Add("provenance", Camel(component.Provenance.ToString()))))
            .Add("relationships", Array(model.Relationships, relationship => new JsonObject()
                .Add("from", relationship.From.Name)
                .Add("to", relationship.To.Name)
                .Add("description", relationship.Description)
                .Add("technology", relationship.Technology)
                .Add("interaction", relationship.Async ? "async" : "sync")
                .Add("provenance", Camel(relationship.Provenance.ToString()))
                .Add("evidence", Camel(relationship.Evidence.ToString()))))
            .Add("technologies", Array(model.Technologies, technology => new JsonObject()
                .Add("name", technology.Name).Add("version", technology.Version).Add("description", technology.Description).Add("package", technology.Package)))
            .Add("dataModels", Array(model.DataModels, dataModel => new JsonObject()
                .Add("name", dataModel.Name)
                .Add("type", dataModel.TypeName)
                .Add("description", dataModel.Description)
                .Add("schema", schemasFolder.TrimEnd('/') + "/" + dataModel.FileName)))
            .Add("apis", Array(model.Apis, api => new JsonObject()
                .Add("container", api.Container)
                .Add("component", api.Component)
                .Add("method", api.Method)
                .Add("route", api.Route)
                .Add("description", api.Description)
                .Add("request", api.Request)
                .Add("response", api.Response)))
            .Add("sequences", Array(model.Sequences, sequence => new JsonObject()
                .Add("name", sequence.Name)
                .Add("description", sequence.Description)
                .Add("participants", new JsonArray(sequence.Participants.Select(participant => (JsonValue)new JsonString(participant))))
                .Add("steps", Steps(sequence.Steps))))
            .Add("decisions", model.Decisions.Count == 0 ? null : Array(model.Decisions, decision => new JsonObject()
                .Add("number", JsonNumber.From(decision.Number))
                .Add("title", decision.Title)
                .Add("status", Camel(decision.Status.ToString()))
                .Add("supersededBy", decision.SupersededBy is { } by ? JsonNumber.From(by) : null)
                .Add("date", decision.Date)
                .Add("elements", new JsonArray(decision.Elements.Select(element => (JsonValue)new JsonString(element))))
                .Add("path", decision.Path)));
        return root.ToJson() + "\n";
    }

    private static JsonArray Steps(IEnumerable<SequenceStep> steps)
        => Array(steps, step => step switch
        {
            MessageStep message => new JsonObject()
                .Add("message", Camel(message.Kind.ToString()))
                .Add("from", message.From)
                .Add("to", message.To)
                .Add("text", message.Text),
            NoteStep note => new JsonObject()
                .Add("note", note.Text)
                .Add("over", new JsonArray(note.Over.Select(name => (JsonValue)new JsonString(name)))),
            BlockStep block => new JsonObject()
                .Add("block", Camel(block.Kind.ToString()))
                .Add("branches", Array(block.Branches, branch => new JsonObject().Add("condition", branch.Condition).Add("steps", Steps(branch.Steps)))),
            _ => throw new System.InvalidOperationException("A sequence step of an unknown kind: " + step.GetType().Name),
        });

    private static JsonArray Array<T>(IEnumerable<T> items, System.Func<T, JsonObject> write)
        => new(items.Select(item => (JsonValue)write(item)));

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
