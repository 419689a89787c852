using ArchTemplates;

namespace Arch_Service.Template;

/// <summary>
/// Runs the ARCH_SERVICE_NAME service: one cycle of work per interval, set by the configuration key
/// <c>ARCH_SERVICE_NAME:Interval</c> (a time span, one minute by default).
/// </summary>
/// <remarks>
/// Declare what the service uses on this class, for example <c>[Relationship("Database", "Reads invoices from")]</c>,
/// and the next build's docs/architecture.md draws it.
/// </remarks>
[Component("ARCH_SERVICE_NAME Worker", Description = "Runs the ARCH_SERVICE_NAME service's work once per interval")]
public sealed partial class ArchServiceIdentifierWorker(IConfiguration configuration, ILogger<ArchServiceIdentifierWorker> logger) : BackgroundService
{
    /// <summary>The time between two cycles.</summary>
    public TimeSpan Interval { get; } = configuration.GetValue("ARCH_SERVICE_NAME:Interval", TimeSpan.FromMinutes(1));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, Interval);
        using var timer = new PeriodicTimer(Interval);
        var cycle = 0L;
        try
        {
            do
            {
                LogCycle(logger, ++cycle);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ARCH_SERVICE_NAME started; one cycle every {Interval}")]
    private static partial void LogStarted(ILogger logger, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Debug, Message = "ARCH_SERVICE_NAME cycle {Cycle}")]
    private static partial void LogCycle(ILogger logger, long cycle);
}
