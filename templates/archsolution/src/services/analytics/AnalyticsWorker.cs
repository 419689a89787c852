using System.Data.Common;
using ArchTemplates;
using Arch_Solution.Template.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Arch_Solution.Template.Analytics;

/// <summary>How often analytics summarises the reading history: the <c>Analytics</c> settings.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>The time between two summaries (<c>Analytics:Interval</c>, default one minute).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Summarises the last hour of stored readings when it starts and then on a schedule, and keeps the latest summary.</summary>
#if (singleHost)
[Component("Analytics Worker", Container = "Host", Description = "Summarises the last hour of stored readings on a schedule")]
[Relationship("Database", "Reads reading history from", Technology = "EF Core")]
#else
[Component("Analytics Worker", Description = "Summarises the last hour of stored readings on a schedule")]
#endif
[Relationship(ArchitectureModel.Components.TrendAnalyzer, "Summarises readings with")]
[Relationship(ArchitectureModel.Components.TrendReport, "Keeps the latest summary in")]
public sealed partial class AnalyticsWorker(
    IDbContextFactory<ReadingsDbContext> databases,
    TrendAnalyzer analyzer,
    TrendReport report,
    TimeProvider clock,
    IOptions<AnalyticsOptions> options,
    ILogger<AnalyticsWorker> logger) : BackgroundService
{
    /// <summary>How far back a summary looks.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            await SummarizeAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SummarizeAsync(CancellationToken cancellationToken)
    {
        var since = (clock.GetUtcNow() - Window).UtcDateTime;
        try
        {
            await using var database = await databases.CreateDbContextAsync(cancellationToken);
            var rows = await database.Readings.AsNoTracking().Where(reading => reading.Timestamp >= since).ToListAsync(cancellationToken);
            report.Latest = rows.Count == 0 ? null : analyzer.Summarize(rows.ConvertAll(row => row.ToReading()));
        }
        catch (DbException exception)
        {
            // The database is unreachable: keep the last summary and try again at the next tick.
            LogSummaryFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summarising the reading history failed; the previous summary stays")]
    private static partial void LogSummaryFailed(ILogger logger, Exception exception);
}
