using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Notifier;

/// <summary>The queue-triggered function that turns an alert into the message operators receive.</summary>
[Component("Send Alert Function", Description = "Queue-triggered function that formats an alert and sends it to operators")]
[Relationship(ArchitectureModel.Components.AlertFormatter, "Formats alert messages with")]
public static class SendAlertFunction
{
    /// <summary>The function's entry point: the message for <paramref name="alert"/>.</summary>
    public static string Run(Alert alert, AlertFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        return formatter.Format(alert);
    }
}
