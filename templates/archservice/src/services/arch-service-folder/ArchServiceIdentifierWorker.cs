using ArchTemplates;

namespace Arch_Service.Template;

/// <summary>Runs the ARCH_SERVICE_NAME service.</summary>
[Component("ARCH_SERVICE_NAME Worker", Description = "Runs the ARCH_SERVICE_NAME service's background work")]
public sealed partial class ArchServiceIdentifierWorker(ILogger<ArchServiceIdentifierWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger);
        // TODO: the service's work. Declare what it uses with [Relationship("Database", "Reads ... from")] on this class.
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ARCH_SERVICE_NAME started")]
    private static partial void LogStarted(ILogger logger);
}
