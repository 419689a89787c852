using Arch_Solution.Template.Analytics;

namespace Arch_Solution.Template.Tests;

public sealed class TrendAnalyzerTests
{
    private readonly TrendAnalyzer _analyzer = new();

    [Fact]
    public void The_summary_has_the_means_extremes_and_the_hourly_trend()
    {
        var summary = _analyzer.Summarize(
        [
            Samples.Reading(temperature: 24, humidity: 50, timestamp: Samples.Noon.AddHours(2)),
            Samples.Reading(temperature: 20, humidity: 40, timestamp: Samples.Noon),
            Samples.Reading(temperature: 22, humidity: 45, timestamp: Samples.Noon.AddHours(1)),
        ]);

        Assert.Equal(3, summary.Count);
        Assert.Equal((Samples.Noon, Samples.Noon.AddHours(2)), (summary.From, summary.To));
        Assert.Equal((22.0, 20.0, 24.0, 45.0), (summary.MeanTemperature, summary.MinTemperature, summary.MaxTemperature, summary.MeanHumidity));
        Assert.Equal(2.0, summary.TemperatureTrend, precision: 10);
    }

    [Fact]
    public void Summarising_no_readings_is_refused()
        => Assert.Throws<ArgumentException>(() => _analyzer.Summarize([]));
}
