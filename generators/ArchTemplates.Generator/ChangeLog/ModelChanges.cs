using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Exports;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.ChangeLog;

/// <summary>The released model's file (the <c>ArchDocsReleasedModelPath</c> property) as the build passed it; <see cref="RelativePath"/> is from the documentation root.</summary>
internal sealed record ReleasedModelFile(string Path, string RelativePath, string Text);

/// <summary>The Change Log's Unreleased rows (null without a released model to compare with), and the released model's problems.</summary>
internal sealed record ModelChangesResult(UnreleasedChanges? Changes, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly ModelChangesResult None = new(null, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>
/// Compares the model with the released model, both as the JSON export writes them (so one format describes both, and a
/// field the export adds is compared from then on), and proposes one Change Log row per kind of element and change:
/// containers, components, relationships and data models added, changed (naming the fields) or removed. No clock and
/// no order of discovery enters a row: the same model and released model give the same rows.
/// </summary>
[Component("Change Proposer", Description = "Compares the model with the released model and proposes the Change Log's Unreleased rows")]
[Relationship(OwnArchitecture.ArchitectureModel.Components.JSONExport, "Reads both models in the format of")]
internal static class ModelChanges
{
    private static readonly KindOfElement[] Kinds =
    [
        new("containers", "containers", static element => element.String("name"), ["kind", "description", "technology"]),
        new("components", "components", static element => element.String("name"), ["container", "description", "technology"]),
        new("relationships", "relationships", static element => $"{element.String("from")} → {element.String("to")}: {element.String("description")}", ["technology", "interaction"]),
        new("dataModels", "data models", static element => element.String("name"), ["type", "description"]),
    ];

    /// <param name="modelJson">The model as the JSON export writes it.</param>
    /// <param name="released">The released model's file.</param>
    public static ModelChangesResult Propose(string modelJson, ReleasedModelFile released)
    {
        JsonObject? before;
        try
        {
            before = JsonValue.Parse(released.Text) as JsonObject;
        }
        catch (FormatException exception)
        {
            return Problem(released, $"it is not JSON ({exception.Message})");
        }

        if (before is null || before["format"] is not JsonNumber { Text: var format } || format != JsonModelExport.Format.ToString(CultureInfo.InvariantCulture))
        {
            return Problem(released, $"it is not a model in the format this generator writes (format {JsonModelExport.Format})");
        }

        var after = (JsonObject)JsonValue.Parse(modelJson);
        var rows = Kinds.SelectMany(kind => kind.Rows(before, after)).ToEquatableArray();
        return new ModelChangesResult(new UnreleasedChanges(released.RelativePath, rows), EquatableArray<DiagnosticInfo>.Empty);
    }

    private static ModelChangesResult Problem(ReleasedModelFile released, string problem)
        => new(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableReleasedModel, LocationInfo.InFile(released.Path, SourceText.From(released.Text), 1, 1, 0), released.RelativePath, problem) }.ToEquatableArray());

    /// <summary>One array of the model: its key in the JSON, its name in a row, what identifies an element, and the fields a change is seen in.</summary>
    private sealed class KindOfElement(string key, string plural, Func<JsonObject, string?> identify, string[] fields)
    {
        public IEnumerable<string> Rows(JsonObject before, JsonObject after)
        {
            var released = Elements(before);
            var current = Elements(after);
            var added = current.Keys.Where(name => !released.ContainsKey(name)).ToList();
            var changed = current.Keys
                .Where(released.ContainsKey)
                .Select(name => (Name: name, Fields: fields.Where(field => released[name].String(field) != current[name].String(field)).ToList()))
                .Where(change => change.Fields.Count > 0)
                .Select(change => $"{change.Name} ({string.Join(", ", change.Fields)})")
                .ToList();
            var removed = released.Keys.Where(name => !current.ContainsKey(name)).ToList();
            if (added.Count > 0)
            {
                yield return $"Added {plural}: {string.Join(", ", added)}";
            }

            if (changed.Count > 0)
            {
                yield return $"Changed {plural}: {string.Join("; ", changed)}";
            }

            if (removed.Count > 0)
            {
                yield return $"Removed {plural}: {string.Join(", ", removed)}";
            }
        }

        /// <summary>The elements by identity, in order; the first of two with one identity counts.</summary>
        private SortedDictionary<string, JsonObject> Elements(JsonObject model)
        {
            var elements = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var element in (model[key] as JsonArray)?.Items.OfType<JsonObject>() ?? [])
            {
                if (identify(element) is { } identity && !elements.ContainsKey(identity))
                {
                    elements.Add(identity, element);
                }
            }

            return elements;
        }
    }
}
