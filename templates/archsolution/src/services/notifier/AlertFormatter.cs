using System.Globalization;
using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Notifier;

/// <summary>Turns alerts into the messages operators receive.</summary>
#if (singleHost)
[Component("Alert Formatter", Container = "Host", Description = "Formats alert messages for operators")]
#else
[Component("Alert Formatter", Description = "Formats alert messages for operators")]
#endif
public sealed class AlertFormatter
{
    /// <summary>The one-line message for <paramref name="alert"/>, the same on every machine (invariant culture, UTC).</summary>
    public string Format(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var direction = alert.Value > alert.Threshold ? "above" : "below";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"ALERT {alert.SensorId}: {alert.Measurement} {alert.Value:0.##} is {direction} the threshold {alert.Threshold:0.##} at {alert.Timestamp.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
    }
}
