using Microsoft.Extensions.Configuration;

namespace Arch_Solution.Template.Infrastructure;

/// <summary>Reads the settings that choose the transport and the database, with messages that say what to set.</summary>
internal static class Settings
{
    /// <summary>The value of <paramref name="key"/> as one of <typeparamref name="TChoice"/>'s names (any case), or <paramref name="fallback"/> when unset.</summary>
    public static TChoice Choice<TChoice>(string key, IConfiguration configuration, TChoice fallback)
        where TChoice : struct, Enum
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return Enum.TryParse<TChoice>(value, ignoreCase: true, out var choice) && Enum.IsDefined(choice)
            ? choice
            : throw new InvalidOperationException($"{key} is '{value}': set it to one of {string.Join(", ", Enum.GetNames<TChoice>())}.");
    }

    /// <summary>The value of <paramref name="key"/>, which must be set to <paramref name="what"/>.</summary>
    public static string Required(string key, IConfiguration configuration, string what)
        => configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{key} is not set: set it to {what}.");
}
