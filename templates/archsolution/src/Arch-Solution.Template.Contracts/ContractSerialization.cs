using System.Text.Json;

namespace Arch_Solution.Template.Contracts;

/// <summary>How the contracts are written on the wire: snake_case JSON, as the data models declare.</summary>
public static class ContractSerialization
{
    /// <summary>Applies the wire format to <paramref name="options"/>.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        return options;
    }

    /// <summary>Options for serializing the contracts outside ASP.NET Core, read-only so that their metadata can be read at once.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
