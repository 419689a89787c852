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
