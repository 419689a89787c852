using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Gateway;

/// <summary>Reads sensor readings from JSON and checks that they are complete and physically plausible before they are accepted.</summary>
#if (singleHost)
[Component("Reading Validator", Container = "Host", Description = "Rejects incomplete or implausible readings")]
#else
[Component("Reading Validator", Description = "Rejects incomplete or implausible readings")]
#endif
public sealed class ReadingValidator
{
    /// <summary>Absolute zero, the lowest possible temperature in degrees Celsius.</summary>
    public const double AbsoluteZero = -273.15;

    /// <summary>
    /// Reads a sensor reading from the JSON in <paramref name="body"/> and validates it: the reading, or the problems
    /// keyed by the snake_case path of each field that is missing, of the wrong type or implausible (<c>body</c> when
    /// the body is not a JSON object at all).
    /// </summary>
    public async Task<(SensorReading? Reading, IDictionary<string, string[]> Errors)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return (null, new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["body"] = [$"The body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})."],
            });
        }

        using (document)
        {
            var type = ContractSerialization.Options.GetTypeInfo(typeof(SensorReading));
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            CheckShape(document.RootElement, type, path: "", errors);
            SensorReading? reading = null;
            try
            {
                reading = (SensorReading?)document.RootElement.Deserialize(type);
            }
            catch (JsonException)
            {
                // A field of the wrong type: CheckShape has reported it.
            }

            // The plausibility of the fields that could be read, so that every invalid field is reported at once.
            if (reading is not null)
            {
                foreach (var (field, problems) in Validate(reading))
                {
                    errors.TryAdd(field, problems);
                }
            }

            return (errors.Count == 0 ? reading : null, errors);
        }
    }

    /// <summary>
    /// The problems of <paramref name="reading"/>, keyed by the snake_case path of the field as it is sent;
    /// empty when the reading is valid.
    /// </summary>
    public IDictionary<string, string[]> Validate(SensorReading? reading)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (reading is null)
        {
            errors["body"] = ["A sensor reading is required."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(reading.SensorId))
        {
            errors["sensor_id"] = ["The sensor id is required."];
        }

        if (reading.Timestamp == default)
        {
            errors["timestamp"] = ["The timestamp is required."];
        }

        if (reading.Readings is null)
        {
            errors["readings"] = ["The readings are required."];
        }
        else
        {
            if (reading.Readings.Temperature < AbsoluteZero)
            {
                errors["readings.temperature"] = [$"The temperature cannot be below absolute zero ({AbsoluteZero} °C)."];
            }

            if (reading.Readings.Pressure < 0)
            {
                errors["readings.pressure"] = ["The pressure cannot be negative."];
            }

            if (reading.Readings.Humidity is < 0 or > 100)
            {
                errors["readings.humidity"] = ["The humidity is a percentage between 0 and 100."];
            }
        }

        return errors;
    }

    /// <summary>Reports every member of <paramref name="type"/> that <paramref name="element"/> lacks or holds in the wrong JSON type.</summary>
    private static void CheckShape(JsonElement element, JsonTypeInfo type, string path, Dictionary<string, string[]> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors[path.Length == 0 ? "body" : path] = ["A JSON object is expected."];
            return;
        }

        foreach (var member in type.Properties)
        {
            var field = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
            if (!element.TryGetProperty(member.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (!IsOptional(member))
                {
                    errors[field] = ["The field is required."];
                }

                continue;
            }

            var memberType = type.Options.GetTypeInfo(member.PropertyType);
            if (memberType.Kind == JsonTypeInfoKind.Object)
            {
                CheckShape(value, memberType, field, errors);
                continue;
            }

            try
            {
                value.Deserialize(memberType);
            }
            catch (JsonException)
            {
                errors[field] = [$"The field must be {Describe(member.PropertyType)}."];
            }
        }
    }

    // NullabilityInfoContext caches without locks: one per call keeps concurrent requests apart.
    private static bool IsOptional(JsonPropertyInfo member)
        => member.AttributeProvider is PropertyInfo property && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;

    private static string Describe(Type type)
        => type == typeof(string) ? "a string"
            : type == typeof(DateTimeOffset) ? "a date and time (ISO 8601, e.g. 2026-01-15T12:00:00Z)"
            : "a number";
}
