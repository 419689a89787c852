using System.Collections.Generic;
using System.Text;
using ArchTemplates.Generator.Model;

namespace ArchTemplates.Generator.Rendering.Diagrams;

/// <summary>Stable, unique Mermaid identifiers for element names ("Alert Evaluator" → "alert_evaluator").</summary>
internal sealed class DiagramIds
{
    private readonly Dictionary<string, string> _ids = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(System.StringComparer.Ordinal);

    public DiagramIds(ArchitectureModel model)
    {
        // Registered in model order, which is sorted, so the same model always gets the same ids.
        foreach (var person in model.People)
        {
            Register(person.Name);
        }

        foreach (var system in model.ExternalSystems)
        {
            Register(system.Name);
        }

        foreach (var container in model.Containers)
        {
            Register(container.Name);
        }

        foreach (var component in model.Components)
        {
            Register(component.Name);
        }
    }

    public string this[string name] => _ids.TryGetValue(name, out var id) ? id : Register(name);

    private string Register(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            builder.Append(char.IsLetterOrDigit(character) && character < 128 ? char.ToLowerInvariant(character) : '_');
        }

        var baseId = "e_" + builder.ToString().Trim('_');
        var id = baseId;
        for (var suffix = 2; !_used.Add(id); suffix++)
        {
            id = baseId + "_" + suffix;
        }

        _ids[name] = id;
        return id;
    }
}

/// <summary>Text that is safe inside a Mermaid quoted argument or message.</summary>
internal static class MermaidText
{
    /// <summary>For C4 macro arguments ("..."): no double quotes or line breaks.</summary>
    public static string Quoted(string? text)
        => (text ?? string.Empty).Replace('"', '\'').Replace("\r", " ").Replace("\n", " ").Trim();

    /// <summary>For sequence messages, notes and conditions: '#' and ';' have meanings there, so they are written as entity codes.</summary>
    public static string Message(string? text)
    {
        var builder = new StringBuilder();
        foreach (var character in (text ?? string.Empty).Trim())
        {
            builder.Append(character switch
            {
                '#' => "#35;",
                ';' => "#59;",
                '\r' or '\n' => " ",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }
}
