using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ArchTemplates.Generator.Fragments;

/// <summary>
/// Turns a project's declarations into the JSON text its assembly carries in
/// <c>[assembly: ArchitectureFragment]</c>, and back. A project that references the assembly — above
/// all the one that owns the documentation — reads it to see the whole architecture, with source
/// locations for its diagnostics. Locations are written relative to the documentation root, so an assembly
/// carries no machine's paths. Bump <see cref="Format"/> on any incompatible change.
/// </summary>
[Component("Fragment Exchange", Description = "Writes a project's declarations into its assembly and reads those of referenced assemblies")]
internal static class FragmentSerializer
{
    public const int Format = 3;

    public static string Write(ProjectDeclarations declarations, string documentationRoot)
    {
        var elements = declarations.Elements;
        var project = declarations.Project;
        return new JsonObject()
            .Add("format", JsonNumber.From(Format))
            .Add("project", new JsonObject()
                .Add("name", project.Name)
                .Add("directory", project.Directory)
                .Add("targetFramework", project.TargetFramework)
                .Add("packages", Array(project.Packages, package => new JsonArray([new JsonString(package.Id), new JsonString(package.Version)])))
                .Add("frameworks", Array(project.Frameworks, framework => new JsonString(framework)))
                .Add("kind", ProjectKinds.Name(project.Kind))
                .Add("projectReferences", Array(project.ProjectReferences, reference => new JsonString(reference))))
            .Add("people", Declarations(elements.People, ElementExchange.People, documentationRoot))
            .Add("externalSystems", Declarations(elements.ExternalSystems, ElementExchange.ExternalSystems, documentationRoot))
            .Add("containers", Declarations(elements.Containers, ElementExchange.Containers, documentationRoot))
            .Add("components", Declarations(elements.Components, ElementExchange.Components, documentationRoot))
            .Add("relationships", Declarations(elements.Relationships, ElementExchange.Relationships, documentationRoot))
            .Add("technologies", Declarations(elements.Technologies, ElementExchange.Technologies, documentationRoot))
            .Add("dataModels", Declarations(elements.DataModels, ElementExchange.DataModels, documentationRoot))
            .Add("apis", Declarations(elements.Apis, ElementExchange.Apis, documentationRoot))
            .Add("decisionLinks", Declarations(elements.DecisionLinks, ElementExchange.DecisionLinks, documentationRoot))
            .Add("evidence", declarations.Evidence is { } evidence ? Array(evidence, fact => Evidence(fact, documentationRoot)) : null)
            .ToJson(indented: false);
    }

    /// <summary>Reads a fragment; null when it was written in another format (by an incompatible generator version).</summary>
    /// <exception cref="FormatException">The text is not a well-formed fragment.</exception>
    public static ProjectDeclarations? Read(string text, string documentationRoot)
    {
        if (JsonValue.Parse(text) is not JsonObject root || Number(root["format"]) != Format)
        {
            return null;
        }

        var project = root["project"] as JsonObject ?? throw new FormatException("The fragment has no project.");
        var info = new ProjectInfo(
            Required(project, "name"),
            project.String("directory") ?? string.Empty,
            project.String("targetFramework"),
            Items(project["packages"], item => item is JsonArray { Items: [JsonString id, JsonString version] } ? new PackageReference(id.Value, version.Value) : null),
            Items(project["frameworks"], item => (item as JsonString)?.Value),
            ProjectKinds.Parse(project.String("kind")),
            Items(project["projectReferences"], item => (item as JsonString)?.Value));

        var elements = new ElementDeclarations(
            ReadDeclarations(root, documentationRoot, "people", ElementExchange.People),
            ReadDeclarations(root, documentationRoot, "externalSystems", ElementExchange.ExternalSystems),
            ReadDeclarations(root, documentationRoot, "containers", ElementExchange.Containers),
            ReadDeclarations(root, documentationRoot, "components", ElementExchange.Components),
            ReadDeclarations(root, documentationRoot, "relationships", ElementExchange.Relationships),
            ReadDeclarations(root, documentationRoot, "technologies", ElementExchange.Technologies),
            ReadDeclarations(root, documentationRoot, "dataModels", ElementExchange.DataModels),
            ReadDeclarations(root, documentationRoot, "apis", ElementExchange.Apis),
            ReadDeclarations(root, documentationRoot, "decisionLinks", ElementExchange.DecisionLinks));
        var evidence = root["evidence"] is { } facts ? Items(facts, item => ReadEvidence(item, documentationRoot)) : (EquatableArray<Declared<CodeFact>>?)null;
        return new ProjectDeclarations(info, elements, evidence);
    }

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonValue> write)
        => new(items.Select(write));

    private static JsonArray Declarations<T>(EquatableArray<Declared<T>> items, ElementFields<T> fields, string root)
        where T : IEquatable<T>
        => new(items.Select(item => (JsonValue)Element(item.Element, fields).Add("at", Location(item.Location, root))));

    private static JsonObject Element<T>(T element, ElementFields<T> fields)
    {
        var json = new JsonObject();
        foreach (var field in fields.All)
        {
            var value = field.Value(element);
            json.Add(field.Key, field.Kind switch
            {
                FieldKind.Reference => Reference((ElementReference)value!),
                FieldKind.Enum => JsonNumber.From(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
                FieldKind.Flag => (bool)value! ? JsonBoolean.True : JsonBoolean.False,
                _ => value is string text ? new JsonString(text) : null,
            });
        }

        return json;
    }

    /// <summary>A fact as [kind, component, subject, detail, location]: there are many, and each is small.</summary>
    private static JsonArray Evidence(Declared<CodeFact> fact, string documentationRoot)
        => new JsonArray(
        [
            JsonNumber.From((int)fact.Element.Kind),
            fact.Element.Component is null ? JsonNull.Instance : new JsonString(fact.Element.Component),
            new JsonString(fact.Element.Subject),
            fact.Element.Detail is null ? JsonNull.Instance : new JsonString(fact.Element.Detail),
            (JsonValue?)Location(fact.Location, documentationRoot) ?? JsonNull.Instance,
        ]);

    private static Declared<CodeFact>? ReadEvidence(JsonValue value, string documentationRoot)
        => value is JsonArray { Items: [JsonNumber kind, var component, JsonString subject, var detail, var location] }
            && Enum.IsDefined(typeof(CodeFactKind), Number(kind))
                ? new Declared<CodeFact>(
                    new CodeFact((CodeFactKind)Number(kind), (component as JsonString)?.Value, subject.Value, (detail as JsonString)?.Value),
                    ReadLocation(location, documentationRoot))
                : null;

    private static JsonValue Reference(ElementReference reference)
        => reference.IsSymbol ? new JsonArray([new JsonString(reference.Category!), new JsonString(reference.Name)]) : new JsonString(reference.Name);

    private static ElementReference ReadReference(JsonValue? value) => value switch
    {
        JsonString name => new ElementReference(name.Value),
        JsonArray { Items: [JsonString category, JsonString name] } => new ElementReference(name.Value, category.Value),
        _ => throw new FormatException("An element reference is neither a name nor [category, identifier]."),
    };

    /// <summary>[path relative to the documentation root, line, character, end line, end character].</summary>
    private static JsonArray? Location(LocationInfo? location, string documentationRoot)
    {
        if (location is null)
        {
            return null;
        }

        var path = location.FilePath.Replace('\\', '/');
        var prefix = documentationRoot.Length == 0 ? null : documentationRoot + "/";
        return new JsonArray(
        [
            new JsonString(prefix is not null && path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path),
            JsonNumber.From(location.LineSpan.Start.Line),
            JsonNumber.From(location.LineSpan.Start.Character),
            JsonNumber.From(location.LineSpan.End.Line),
            JsonNumber.From(location.LineSpan.End.Character),
        ]);
    }

    private static LocationInfo? ReadLocation(JsonValue? value, string documentationRoot)
    {
        if (value is not JsonArray { Items: [JsonString path, var startLine, var startCharacter, var endLine, var endCharacter] })
        {
            return null;
        }

        var fullPath = documentationRoot.Length == 0 || path.Value.StartsWith("/", StringComparison.Ordinal) || path.Value.Contains(":")
            ? path.Value
            : documentationRoot + "/" + path.Value;
        var start = new LinePosition(Math.Max(0, Number(startLine)), Math.Max(0, Number(startCharacter)));
        var end = new LinePosition(Math.Max(start.Line, Number(endLine)), Math.Max(0, Number(endCharacter)));
        return new LocationInfo(fullPath, default, new LinePositionSpan(start, end < start ? start : end));
    }

    private static EquatableArray<Declared<T>> ReadDeclarations<T>(JsonObject root, string documentationRoot, string name, ElementFields<T> fields)
        where T : IEquatable<T>
        => Items(root[name], item => item is JsonObject element ? new Declared<T>(fields.Read(new JsonFieldValues(element)), ReadLocation(element["at"], documentationRoot)) : null);

    private static EquatableArray<T> Items<T>(JsonValue? value, Func<JsonValue, T?> read)
        where T : IEquatable<T>
        => value is JsonArray array
            ? array.Items.Select(read).Where(item => item is not null).Select(item => item!).ToEquatableArray()
            : EquatableArray<T>.Empty;

    private static string Required(JsonObject item, string name)
        => item.String(name) ?? throw new FormatException($"A fragment entry has no '{name}'.");

    private static int Number(JsonValue? value)
        => value is JsonNumber number && int.TryParse(number.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result : 0;

    private sealed class JsonFieldValues(JsonObject element) : FieldValues
    {
        public override string? Text(string key) => element.String(key);

        public override ElementReference Reference(string key) => ReadReference(element[key]);

        public override int Number(string key) => FragmentSerializer.Number(element[key]);

        public override bool Flag(string key) => element[key] == JsonBoolean.True;
    }
}
