using ArchTemplates;

namespace Arch_Solution.Template.Analytics;

/// <summary>The analytics module: data analysis.</summary>
[Component("Analytics", Container = "Host", Description = "Data analysis: summarises reading history")]
[Relationship("Analytics Worker", "Runs")]
[Relationship("Database", "Reads reading history from", Technology = "SQL")]
public static class AnalyticsModule
{
    /// <summary>Registers the module's services and its worker.</summary>
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services)
    {
        services.AddSingleton<TrendAnalyzer>();
        services.AddHostedService<AnalyticsWorker>();
        return services;
    }
}
