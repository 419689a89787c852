using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Notifier;

/// <summary>Sends an alert's message to operators: replace the logging default with e-mail, SMS or a chat channel.</summary>
public interface IAlertDelivery
{
    /// <summary>Delivers <paramref name="message"/>, the formatted text of <paramref name="alert"/>.</summary>
    Task DeliverAsync(Alert alert, string message, CancellationToken cancellationToken);
}

/// <summary>The default delivery: writes each alert's message to the log as a warning.</summary>
#if (singleHost)
[Component("Alert Delivery", Container = "Host", Description = "Delivers alert messages to operators; the default writes them to the log")]
#else
[Component("Alert Delivery", Description = "Delivers alert messages to operators; the default writes them to the log")]
#endif
public sealed partial class LoggingAlertDelivery(ILogger<LoggingAlertDelivery> logger) : IAlertDelivery
{
    /// <inheritdoc />
    public Task DeliverAsync(Alert alert, string message, CancellationToken cancellationToken)
    {
        LogAlert(logger, message);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{AlertMessage}")]
    private static partial void LogAlert(ILogger logger, string alertMessage);
}
