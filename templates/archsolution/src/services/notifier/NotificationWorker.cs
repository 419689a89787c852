using ArchTemplates;

namespace Arch_Solution.Template.Notifier;

/// <summary>Runs the notifier: receives alerts and sends the formatted messages to operators.</summary>
#if (singleHost)
[Component("Notification Worker", Container = "Host", Description = "Receives alerts and sends them to operators")]
#else
[Component("Notification Worker", Description = "Receives alerts and sends them to operators")]
#endif
[Relationship(ArchitectureModel.Components.AlertFormatter, "Formats alert messages with")]
public sealed partial class NotificationWorker(AlertFormatter formatter, ILogger<NotificationWorker> logger) : BackgroundService
{
    /// <summary>The formatter alert messages are written with.</summary>
    public AlertFormatter Formatter { get; } = formatter;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger);
        // Subscribe to the processor's alerts (your message broker) and send Formatter.Format(alert) to operators.
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notifier started; waiting for alerts")]
    private static partial void LogStarted(ILogger logger);
}
