using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Tests;

/// <summary>Readings and alerts the tests start from.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Noon = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static SensorReading Reading(double temperature = 21.5, double pressure = 1013.2, double humidity = 45, string sensorId = "sensor-42", DateTimeOffset? timestamp = null)
        => new(sensorId, timestamp ?? Noon, new Readings(temperature, pressure, humidity), new ReadingMetadata("Plant 1, hall B", new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)));
}
