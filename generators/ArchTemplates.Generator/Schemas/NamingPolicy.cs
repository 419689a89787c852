using System.Text;

namespace ArchTemplates.Generator.Schemas;

/// <summary>Property-name conversions that match System.Text.Json's built-in naming policies.</summary>
internal static class NamingPolicy
{
    public static string Apply(string name, JsonNaming naming) => naming switch
    {
        JsonNaming.CamelCase => CamelCase(name),
        JsonNaming.SnakeCaseLower => Separated(name, '_'),
        JsonNaming.KebabCaseLower => Separated(name, '-'),
        _ => name,
    };

    private static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        // As System.Text.Json: lower the leading run of capitals, keeping the last one when a lower-case letter follows ("URLValue" → "urlValue").
        var characters = name.ToCharArray();
        for (var i = 0; i < characters.Length && char.IsUpper(characters[i]); i++)
        {
            if (i > 0 && i + 1 < characters.Length && !char.IsUpper(characters[i + 1]))
            {
                break;
            }

            characters[i] = char.ToLowerInvariant(characters[i]);
        }

        return new string(characters);
    }

    private static string Separated(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            if (char.IsUpper(character))
            {
                var previousIsLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && (previousIsLower || (nextIsLower && char.IsUpper(name[i - 1]))) && builder[builder.Length - 1] != separator)
                {
                    builder.Append(separator);
                }

                builder.Append(char.ToLowerInvariant(character));
            }
            else if (character is '_' or '-' or ' ')
            {
                builder.Append(separator);
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}
