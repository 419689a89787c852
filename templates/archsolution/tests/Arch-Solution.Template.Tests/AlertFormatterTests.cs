using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Notifier;

namespace Arch_Solution.Template.Tests;

public sealed class AlertFormatterTests
{
    private readonly AlertFormatter _formatter = new();

    [Fact]
    public void An_alert_above_its_threshold_reads_as_one_line_for_the_operator()
        => Assert.Equal(
            "ALERT sensor-42: temperature 41.3 is above the threshold 35 at 2026-01-15 12:00:00 UTC",
            _formatter.Format(new Alert("sensor-42", Samples.Noon, "temperature", 41.3, 35)));

    [Fact]
    public void Times_are_written_in_utc_whatever_the_offset_of_the_reading()
        => Assert.Contains(
            "is below the threshold 5 at 2026-01-15 12:00:00 UTC",
            _formatter.Format(new Alert("sensor-7", Samples.Noon.ToOffset(TimeSpan.FromHours(2)), "temperature", -1, 5)),
            StringComparison.Ordinal);
}
