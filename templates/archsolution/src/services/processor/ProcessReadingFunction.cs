using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Processor;

/// <summary>The queue-triggered function that checks each reading against the thresholds.</summary>
[Component("Process Reading Function", Description = "Queue-triggered function that checks each reading and returns its alerts")]
[Relationship(ArchitectureModel.Components.ThresholdEvaluator, "Checks readings with")]
public static class ProcessReadingFunction
{
    /// <summary>The function's entry point: the alerts <paramref name="reading"/> raises.</summary>
    public static IReadOnlyList<Alert> Run(SensorReading reading, ThresholdEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        return evaluator.Evaluate(reading);
    }
}
