using ArchTemplates;
using Arch_Solution.Template.Contracts;

namespace Arch_Solution.Template.Analytics;

/// <summary>The timer-triggered function that summarises the reading history.</summary>
[Component("Summarize Readings Function", Description = "Timer-triggered function that summarises the reading history")]
[Relationship(ArchitectureModel.Components.TrendAnalyzer, "Summarises readings with")]
public static class SummarizeReadingsFunction
{
    /// <summary>The function's entry point: the summary of <paramref name="readings"/>.</summary>
    public static ReadingSummary Run(IReadOnlyCollection<SensorReading> readings, TrendAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return analyzer.Summarize(readings);
    }
}
