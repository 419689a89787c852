using System;
using System.Globalization;
using System.Text;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Emit;

/// <summary>
/// Encodes the object graph as the text <c>ArchTemplates.Model.SystemArchitecture.FromGeneratedData</c>
/// reads (its format is described on the reader, <c>ArchTemplates.Model.GraphData</c>): the format number,
/// then fields in the order of the graph's constructors, each <c>length:characters</c> or <c>~</c> for null.
/// </summary>
internal sealed class GraphDataWriter
{
    /// <summary>The format written; change it with the reader's whenever the fields change.</summary>
    public const int Format = 1;

    private readonly StringBuilder _text = new();

    public static string Write(ArchitectureModel model)
    {
        var data = new GraphDataWriter();
        data.Number(Format);
        data.Field(model.Title).Field(model.Status).Field(model.Summary).Field(model.Style?.Name);
        data.List(model.People, (person, fields) => fields.Field(person.Name).Field(person.Description));
        data.List(model.ExternalSystems, (system, fields) => fields.Field(system.Name).Field(system.Description).Field(system.Technology));
        data.List(model.Containers, (container, fields) => fields
            .Field(container.Name).Field(container.Description).Field(container.Technology).Number((int)container.Kind).Field(container.Project));
        data.List(model.Components, (component, fields) => fields
            .Field(component.Name).Field(component.Description).Field(component.Container.Name).Field(component.Technology).Field(component.TypeName));
        data.List(model.Relationships, (relationship, fields) => fields
            .Field(relationship.From.Name).Field(relationship.To.Name).Field(relationship.Description).Field(relationship.Technology)
            .Number((int)(relationship.Async ? Interaction.Async : Interaction.Sync)));
        data.List(model.Technologies, (technology, fields) => fields.Field(technology.Name).Field(technology.Version).Field(technology.Description));
        data.List(model.DataModels, (dataModel, fields) => fields.Field(dataModel.Name).Field(dataModel.TypeName).Field(dataModel.Description).Field(dataModel.Schema));
        data.List(model.Apis, (api, fields) => fields
            .Field(api.Container).Field(api.Component).Field(api.Method).Field(api.Route)
            .Field(api.Description).Field(api.Request).Field(api.Response).Field(api.Responses));
        return data._text.ToString();
    }

    private GraphDataWriter Field(string? value)
    {
        if (value is null)
        {
            _text.Append('~');
        }
        else
        {
            _text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        return this;
    }

    private GraphDataWriter Number(int value) => Field(value.ToString(CultureInfo.InvariantCulture));

    private void List<T>(EquatableArray<T> items, Action<T, GraphDataWriter> write)
        where T : IEquatable<T>
    {
        Number(items.Count);
        foreach (var item in items)
        {
            write(item, this);
        }
    }
}
