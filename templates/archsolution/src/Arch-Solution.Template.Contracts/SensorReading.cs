using ArchTemplates;

namespace Arch_Solution.Template.Contracts;

/// <summary>One measurement sent by a sensor.</summary>
/// <param name="SensorId">The sensor that measured.</param>
/// <param name="Timestamp">When it measured.</param>
/// <param name="Readings">The measured values.</param>
/// <param name="Metadata">Where the sensor is and when it was calibrated.</param>
[DataModel("Sensor Reading", Description = "One measurement sent by a sensor", Naming = JsonNaming.SnakeCaseLower)]
public sealed record SensorReading(string SensorId, DateTimeOffset Timestamp, Readings Readings, ReadingMetadata? Metadata);

/// <summary>The values a sensor measured.</summary>
/// <param name="Temperature">Degrees Celsius.</param>
/// <param name="Pressure">Hectopascals.</param>
/// <param name="Humidity">Relative humidity in percent.</param>
public sealed record Readings(double Temperature, double Pressure, double Humidity);

/// <summary>Where a sensor is and when it was last calibrated.</summary>
/// <param name="Location">Where the sensor is installed.</param>
/// <param name="CalibrationDate">When the sensor was last calibrated.</param>
public sealed record ReadingMetadata(string Location, DateTimeOffset CalibrationDate);
