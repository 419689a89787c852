using System.IO;
using System.Linq;
using ArchTemplates.Generator.Common;
using ArchTemplates.Generator.Diagnostics;
using ArchTemplates.Generator.Model;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArchTemplates.Generator.Yaml;

/// <summary>The outcome of reading architecture.yml: what could be read, and every problem found.</summary>
internal sealed record ArchitectureYamlResult(ArchitectureDefinition Definition, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Reads architecture.yml into an <see cref="ArchitectureDefinition"/>. Never throws on bad input.</summary>
internal static class ArchitectureYamlReader
{
    private static readonly string[] RootKeys = ["title", "status", "summary"];

    public static ArchitectureYamlResult Read(string filePath, SourceText text)
    {
        var reader = new YamlReader(filePath, text);
        var root = Parse(reader);
        var definition = root is null ? ArchitectureDefinition.Empty : ReadRoot(reader, root);
        return new ArchitectureYamlResult(definition, reader.Diagnostics.ToEquatableArray());
    }

    private static YamlNode? Parse(YamlReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(reader.Text.ToString()));
        }
        catch (YamlException exception)
        {
            var location = LocationInfo.InFile(reader.FilePath, reader.Text, (int)exception.Start.Line, (int)exception.Start.Column, 1);
            reader.Report(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedYaml, location, FirstLine(exception.Message)));
            return null;
        }

        return stream.Documents.FirstOrDefault()?.RootNode;
    }

    private static ArchitectureDefinition ReadRoot(YamlReader reader, YamlNode root)
    {
        var map = reader.Mapping(root, string.Empty, RootKeys);
        if (map is null)
        {
            return ArchitectureDefinition.Empty;
        }

        var title = map.RequiredString("title", "architecture.yml") ?? ArchitectureDefinition.DefaultTitle;
        var status = map.OneOf("status", "status", ArchitectureDefinition.Statuses) ?? "Draft";
        return new ArchitectureDefinition(title, status, map.String("summary"));
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim();
    }
}
