using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ArchTemplates.Generator.Common;

/// <summary>Turns element names ("Alert Evaluator", "sensor-reading") into C# identifiers ("AlertEvaluator", "SensorReading").</summary>
internal static class Identifiers
{
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var character in name)
        {
            if (char.IsLetterOrDigit(character) || character == '_')
            {
                builder.Append(upperNext ? char.ToUpperInvariant(character) : character);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }

    /// <summary>A dotted namespace whose every part is a valid identifier ("My-Company.Sensors2" → "My_Company.Sensors2").</summary>
    public static string ToNamespace(string name)
    {
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = new StringBuilder(parts[i].Length);
            foreach (var character in parts[i])
            {
                part.Append(char.IsLetterOrDigit(character) || character == '_' ? character : '_');
            }

            if (part.Length == 0 || char.IsDigit(part[0]))
            {
                part.Insert(0, '_');
            }

            var text = part.ToString();
            parts[i] = SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None ? "@" + text : text;
        }

        return string.Join(".", parts);
    }
}
