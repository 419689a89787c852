using ArchTemplates;
#if (sample)
using Microsoft.Extensions.DependencyInjection.Extensions;
#endif

namespace Arch_Solution.Template.Gateway;

/// <summary>The gateway's services and endpoints, for its own program or a host that runs several services.</summary>
#if (singleHost && sample)
[Component("Gateway", Container = "Host", Description = "Sensor data ingestion: accepts readings over HTTP")]
[Relationship("Readings Endpoint", "Receives readings through")]
#if (hasProcessor)
[Relationship("Processor", "Publishes readings to", Technology = "MassTransit", Interaction = Interaction.Async)]
#endif
#elif (singleHost)
[Component("Gateway", Container = "Host", Description = "The entry point over HTTP")]
#endif
public static class GatewayModule
{
#if (sample)
    /// <summary>Registers the gateway's services (the message bus is registered once per process, with AddMessaging).</summary>
    public static IServiceCollection AddGatewayModule(this IServiceCollection services)
    {
        services.AddSingleton<ReadingValidator>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Maps the gateway's endpoints.</summary>
    public static IEndpointRouteBuilder MapGatewayModule(this IEndpointRouteBuilder endpoints) => endpoints.MapReadings();
#else
    /// <summary>Registers the gateway's services: none yet.</summary>
    public static IServiceCollection AddGatewayModule(this IServiceCollection services) => services;

    /// <summary>Maps the gateway's endpoints: none yet, besides the program's /health.</summary>
    public static IEndpointRouteBuilder MapGatewayModule(this IEndpointRouteBuilder endpoints) => endpoints;
#endif
}
