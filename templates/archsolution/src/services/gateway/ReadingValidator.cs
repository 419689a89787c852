using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Gateway;

/// <summary>Checks that a sensor reading is complete and physically plausible before it is accepted.</summary>
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
}
