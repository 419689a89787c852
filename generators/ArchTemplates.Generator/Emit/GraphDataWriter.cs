using System;
using System.Globalization;
using System.Text;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Emit;

/// <summary>
/// Encodes the object graph as the text <c>ArchTemplates.Model.SystemArchitecture.FromGeneratedData</c>
/// reads (its format is described on the reader, <c>ArchTemplates.Model.GraphData</c>): the format number,
/// then fields in the order of the graph's constructors (the elements' as <see cref="ElementExchange"/> lists them),
/// each <c>length:characters</c> or <c>~</c> for null.
/// </summary>
internal sealed class GraphDataWriter
{
    /// <summary>The format written; change it with the reader's whenever the fields change.</summary>
    public const int Format = 2;

    private readonly StringBuilder _text = new();

    public static string Write(ArchitectureModel model)
    {
        var data = new GraphDataWriter();
        data.Number(Format);
        data.Field(model.Title).Field(model.Status).Field(model.Summary).Field(model.Style?.Name);
        data.List(model.People, ElementExchange.People);
        data.List(model.ExternalSystems, ElementExchange.ExternalSystems);
        data.List(model.Containers, ElementExchange.Containers);
        data.List(model.Components, ElementExchange.Components);
        data.List(model.Relationships, ElementExchange.Relationships);
        data.List(model.Technologies, ElementExchange.Technologies);
        data.List(model.DataModels, ElementExchange.DataModels);
        data.List(model.Apis, ElementExchange.Apis);
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

    private void List<T>(EquatableArray<T> items, ElementFields<T> fields)
        where T : IEquatable<T>
    {
        Number(items.Count);
        foreach (var item in items)
        {
            foreach (var field in fields.Published)
            {
                var value = field.Value(item);
                switch (field.Kind)
                {
                    case FieldKind.Reference:
                        Field(((ElementReference)value!).Name);
                        break;
                    case FieldKind.Enum:
                        Number(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                        break;
                    case FieldKind.Flag:
                        Number((bool)value! ? 1 : 0);
                        break;
                    default:
                        Field((string?)value);
                        break;
                }
            }
        }
    }
}
