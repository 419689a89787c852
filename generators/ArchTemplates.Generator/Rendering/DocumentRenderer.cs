using System;
using System.IO;
using System.Linq;
using System.Text;
using ArchTemplates.Generator.Model;
using Scriban;
using Scriban.Runtime;

namespace ArchTemplates.Generator.Rendering;

/// <summary>Renders the architecture document from the model with a Scriban template, sandboxed.</summary>
internal static class DocumentRenderer
{
    // Parsed once per process: the generator runs on every keystroke in an IDE.
    private static readonly Lazy<Template> DefaultTemplate = new(() => Template.Parse(LoadTemplate("architecture.md.scriban"), "architecture.md.scriban"));

    public static string Render(ArchitectureModel model)
    {
        var context = new TemplateContext
        {
            // A template cannot hang or exhaust the build, whatever it does.
            LoopLimit = 100_000,
            RecursiveLimit = 64,
            NewLine = "\n",
            EnableRelaxedMemberAccess = true,
        };
        context.PushGlobal(ScriptModel.From(model));
        return Normalize(DefaultTemplate.Value.Render(context));
    }

    /// <summary>
    /// LF line endings, no trailing spaces, at most one blank line in a row, one final newline, and the
    /// generated-file marker right after the first line, whatever template produced the text.
    /// </summary>
    private static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(line => line.TrimEnd()).ToList();
        var builder = new StringBuilder(text.Length + 200);
        var previousBlank = true;
        var first = true;
        foreach (var line in lines)
        {
            var blank = line.Length == 0;
            if (blank && previousBlank)
            {
                continue;
            }

            builder.Append(line).Append('\n');
            if (first)
            {
                builder.Append(GeneratedFileMarker.MarkdownComment).Append('\n');
                first = false;
            }

            previousBlank = blank;
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    private static string LoadTemplate(string name)
    {
        using var stream = typeof(DocumentRenderer).Assembly.GetManifestResourceStream("ArchTemplates.Templates." + name)
            ?? throw new InvalidOperationException($"The embedded template '{name}' is missing from the generator assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}

/// <summary>Builds the object a template sees. Keys are snake_case, Scriban's own convention.</summary>
internal static class ScriptModel
{
    public static ScriptObject From(ArchitectureModel model)
    {
        var containers = new ScriptArray();
        foreach (var container in model.Containers)
        {
            containers.Add(new ScriptObject
            {
                ["name"] = container.Name,
                ["description"] = container.Description,
                ["technology"] = container.Technology,
            });
        }

        return new ScriptObject
        {
            ["title"] = model.Definition.Title,
            ["status"] = model.Definition.Status,
            ["summary"] = model.Definition.Summary,
            ["containers"] = containers,
        };
    }
}
