using ArchTemplates;

namespace Arch_Solution.Template.Contracts;

/// <summary>A measurement that crossed its threshold.</summary>
/// <param name="SensorId">The sensor that measured.</param>
/// <param name="Timestamp">When it measured.</param>
/// <param name="Measurement">What was measured: temperature, pressure or humidity.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Threshold">The limit the value crossed.</param>
[DataModel("Alert", Description = "A measurement that crossed its threshold", Naming = JsonNaming.SnakeCaseLower)]
public sealed record Alert(string SensorId, DateTimeOffset Timestamp, string Measurement, double Value, double Threshold);
