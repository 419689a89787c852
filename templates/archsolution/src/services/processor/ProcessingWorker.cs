using ArchTemplates;

namespace Arch_Solution.Template.Processor;

/// <summary>Runs the processor: takes readings from the gateway and checks them against the thresholds.</summary>
#if (singleHost)
[Component("Processing Worker", Container = "Host", Description = "Receives readings and runs them through the threshold check")]
#else
[Component("Processing Worker", Description = "Receives readings and runs them through the threshold check")]
#endif
[Relationship(ArchitectureModel.Components.ThresholdEvaluator, "Checks readings with")]
public sealed partial class ProcessingWorker(ThresholdEvaluator evaluator, ILogger<ProcessingWorker> logger) : BackgroundService
{
    /// <summary>The evaluator readings are checked with.</summary>
    public ThresholdEvaluator Evaluator { get; } = evaluator;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger);
        // Subscribe to the readings the gateway forwards (your message broker) and call Evaluator.Evaluate for each.
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Processor started; waiting for readings")]
    private static partial void LogStarted(ILogger logger);
}
