using ArchTemplates;
#if (sample)
using Arch_Solution.Template.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
#endif

namespace Arch_Solution.Template.Analytics;

/// <summary>The analytics service's services, worker and endpoint, for its own program or a host that runs several services.</summary>
#if (singleHost && sample)
[Component("Analytics", Container = "Host", Description = "Data analysis: summarises reading history")]
[Relationship("Analytics Worker", "Runs")]
[Relationship("Trends Endpoint", "Serves trends through")]
#elif (singleHost)
[Component("Analytics", Container = "Host", Description = "Reports over HTTP")]
#endif
public static class AnalyticsModule
{
#if (sample)
    /// <summary>Registers the analytics services, the readings database and the worker.</summary>
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AnalyticsOptions>(configuration.GetSection("Analytics"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TrendAnalyzer>();
        services.AddSingleton<TrendReport>();
        services.AddReadingsDatabase(configuration);
        services.AddHostedService<AnalyticsWorker>();
        return services;
    }

    /// <summary>Maps the analytics endpoints.</summary>
    public static IEndpointRouteBuilder MapAnalyticsModule(this IEndpointRouteBuilder endpoints) => endpoints.MapTrends();
#else
    /// <summary>Registers the analytics services: none yet.</summary>
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services, IConfiguration configuration) => services;

    /// <summary>Maps the analytics endpoints: none yet, besides the program's /health.</summary>
    public static IEndpointRouteBuilder MapAnalyticsModule(this IEndpointRouteBuilder endpoints) => endpoints;
#endif
}
