using ArchTemplates;

namespace Arch_Solution.Template.Analytics;

/// <summary>The HTTP endpoint operators read reading trends from.</summary>
#if (singleHost)
[Component("Trends Endpoint", Container = "Host", Description = "Serves the latest summary of the reading history over HTTP")]
#else
[Component("Trends Endpoint", Description = "Serves the latest summary of the reading history over HTTP")]
#endif
[Relationship(ArchitectureModel.Components.TrendReport, "Serves the latest summary from")]
[Api("GET", "/trends", Description = "The latest summary of the last hour's readings", Response = typeof(ReadingSummary), Responses = "200, 404")]
public static class TrendsEndpoint
{
    /// <summary>Maps <c>GET /trends</c>.</summary>
    public static IEndpointRouteBuilder MapTrends(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/trends", Get);
        return endpoints;
    }

    /// <summary>Answers 200 with the latest summary, or 404 while there is none.</summary>
    public static IResult Get(TrendReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Latest is { } summary
            ? Results.Ok(summary)
            : Results.Problem(title: "No readings of the last hour have been summarised yet.", statusCode: StatusCodes.Status404NotFound);
    }
}
