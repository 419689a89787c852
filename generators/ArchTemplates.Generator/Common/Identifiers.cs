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

    /// <summary>"Sensor Reading" → "sensor-reading": for file names and diagram identifiers.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        var pendingSeparator = false;
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (!char.IsLetterOrDigit(character))
            {
                pendingSeparator = builder.Length > 0;
                continue;
            }

            var wordStart = char.IsUpper(character) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if ((pendingSeparator || wordStart) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(character));
            pendingSeparator = false;
        }

        return builder.Length == 0 ? "model" : builder.ToString();
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
