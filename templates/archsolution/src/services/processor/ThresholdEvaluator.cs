using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Processor;

/// <summary>The limits a reading must stay within.</summary>
/// <param name="MinTemperature">The lowest acceptable temperature, °C.</param>
/// <param name="MaxTemperature">The highest acceptable temperature, °C.</param>
/// <param name="MaxPressure">The highest acceptable pressure, hPa.</param>
/// <param name="MaxHumidity">The highest acceptable relative humidity, %.</param>
public sealed record Thresholds(double MinTemperature, double MaxTemperature, double MaxPressure, double MaxHumidity)
{
    /// <summary>Limits for indoor equipment rooms; adjust them to your sensors.</summary>
    public static Thresholds Default { get; } = new(MinTemperature: 5, MaxTemperature: 35, MaxPressure: 1080, MaxHumidity: 80);
}

/// <summary>Compares readings with their thresholds and raises an alert for every value outside them.</summary>
#if (singleHost)
[Component("Threshold Evaluator", Container = "Host", Description = "Compares readings with thresholds and raises alerts")]
#else
[Component("Threshold Evaluator", Description = "Compares readings with thresholds and raises alerts")]
#endif
public sealed class ThresholdEvaluator(Thresholds thresholds)
{
    /// <summary>The alerts <paramref name="reading"/> raises; empty for a normal reading.</summary>
    public IReadOnlyList<Alert> Evaluate(SensorReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var alerts = new List<Alert>();
        var values = reading.Readings;
        if (values.Temperature > thresholds.MaxTemperature)
        {
            alerts.Add(Raise(reading, "temperature", values.Temperature, thresholds.MaxTemperature));
        }
        else if (values.Temperature < thresholds.MinTemperature)
        {
            alerts.Add(Raise(reading, "temperature", values.Temperature, thresholds.MinTemperature));
        }

        if (values.Pressure > thresholds.MaxPressure)
        {
            alerts.Add(Raise(reading, "pressure", values.Pressure, thresholds.MaxPressure));
        }

        if (values.Humidity > thresholds.MaxHumidity)
        {
            alerts.Add(Raise(reading, "humidity", values.Humidity, thresholds.MaxHumidity));
        }

        return alerts;
    }

    /// <summary>Whether <paramref name="reading"/> crosses any threshold.</summary>
    public bool IsThresholdExceeded(SensorReading reading) => Evaluate(reading).Count > 0;

    private static Alert Raise(SensorReading reading, string measurement, double value, double threshold)
        => new(reading.SensorId, reading.Timestamp, measurement, value, threshold);
}
