using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Analytics;

/// <summary>Statistics of a series of readings from one or more sensors.</summary>
/// <param name="Count">How many readings were summarised.</param>
/// <param name="From">The earliest reading's timestamp.</param>
/// <param name="To">The latest reading's timestamp.</param>
/// <param name="MeanTemperature">The mean temperature, °C.</param>
/// <param name="MinTemperature">The lowest temperature, °C.</param>
/// <param name="MaxTemperature">The highest temperature, °C.</param>
/// <param name="MeanHumidity">The mean relative humidity, %.</param>
/// <param name="TemperatureTrend">The temperature change per hour between the first and the last reading, °C/h.</param>
public sealed record ReadingSummary(
    int Count,
    DateTimeOffset From,
    DateTimeOffset To,
    double MeanTemperature,
    double MinTemperature,
    double MaxTemperature,
    double MeanHumidity,
    double TemperatureTrend);

/// <summary>Summarises reading history: means, extremes and the temperature trend.</summary>
#if (singleHost)
[Component("Trend Analyzer", Container = "Host", Description = "Summarises reading history: means, extremes and trends")]
#else
[Component("Trend Analyzer", Description = "Summarises reading history: means, extremes and trends")]
#endif
public sealed class TrendAnalyzer
{
    /// <summary>The summary of <paramref name="readings"/>, which must not be empty.</summary>
    public ReadingSummary Summarize(IReadOnlyCollection<SensorReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count == 0)
        {
            throw new ArgumentException("There is nothing to summarise: no readings.", nameof(readings));
        }

        var ordered = readings.OrderBy(reading => reading.Timestamp).ToList();
        var first = ordered[0];
        var last = ordered[^1];
        var hours = (last.Timestamp - first.Timestamp).TotalHours;
        var trend = hours > 0 ? (last.Readings.Temperature - first.Readings.Temperature) / hours : 0;
        return new ReadingSummary(
            ordered.Count,
            first.Timestamp,
            last.Timestamp,
            ordered.Average(reading => reading.Readings.Temperature),
            ordered.Min(reading => reading.Readings.Temperature),
            ordered.Max(reading => reading.Readings.Temperature),
            ordered.Average(reading => reading.Readings.Humidity),
            trend);
    }
}
