using ArchTemplates;

namespace Arch_Solution.Template.Analytics;

/// <summary>The latest summary of the reading history, shared by the worker that makes it and the endpoint that serves it.</summary>
#if (singleHost)
[Component("Trend Report", Container = "Host", Description = "Holds the latest summary of the reading history")]
#else
[Component("Trend Report", Description = "Holds the latest summary of the reading history")]
#endif
public sealed class TrendReport
{
    private ReadingSummary? _latest;

    /// <summary>The latest summary; <see langword="null"/> before the first one or when the last hour had no readings.</summary>
    public ReadingSummary? Latest
    {
        get => Volatile.Read(ref _latest);
        set => Volatile.Write(ref _latest, value);
    }
}
