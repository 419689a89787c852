using ArchTemplates;

namespace Arch_Solution.Template.Analytics;

/// <summary>Runs the analytics service: summarises the reading history on a schedule.</summary>
#if (singleHost)
[Component("Analytics Worker", Container = "Host", Description = "Summarises the reading history on a schedule")]
#else
[Component("Analytics Worker", Description = "Summarises the reading history on a schedule")]
#endif
[Relationship(ArchitectureModel.Components.TrendAnalyzer, "Summarises readings with")]
public sealed partial class AnalyticsWorker(TrendAnalyzer analyzer, ILogger<AnalyticsWorker> logger) : BackgroundService
{
    /// <summary>The analyzer the history is summarised with.</summary>
    public TrendAnalyzer Analyzer { get; } = analyzer;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger);
        // Load the last hour of readings from the database and call Analyzer.Summarize on a timer.
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics started; waiting for its schedule")]
    private static partial void LogStarted(ILogger logger);
}
