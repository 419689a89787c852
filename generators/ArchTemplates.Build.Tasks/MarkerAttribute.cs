using System.Text;
using System.Text.RegularExpressions;

namespace ArchTemplates.Build.Tasks;

/// <summary>
/// The value of an attribute in a marker comment (<c>section="…"</c>): a heading may hold anything, but in
/// the comment a <c>"</c> would end the value and a <c>--&gt;</c> the comment itself, so <c>&amp;</c>,
/// <c>"</c>, <c>&lt;</c> and <c>&gt;</c> are written as HTML entities and read back from them.
/// </summary>
internal static class MarkerAttribute
{
    private static readonly Regex Entity = new("&(amp|quot|lt|gt);", RegexOptions.CultureInvariant);

    public static string Encode(string value)
    {
        var encoded = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            encoded.Append(character switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => character.ToString(),
            });
        }

        return encoded.ToString();
    }

    /// <summary>Reads a value back; one written before values were encoded has no entities and reads as it is.</summary>
    public static string Decode(string value)
        => Entity.Replace(value, entity => entity.Groups[1].Value switch
        {
            "amp" => "&",
            "quot" => "\"",
            "lt" => "<",
            _ => ">",
        });
}
