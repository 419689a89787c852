using ArchTemplates;

namespace Arch_Solution.Template.Gateway;

/// <summary>The gateway module: sensor data ingestion over HTTP.</summary>
[Component("Gateway", Container = "Host", Description = "Sensor data ingestion: accepts readings over HTTP")]
[Relationship("Readings Endpoint", "Receives readings through")]
#if (hasProcessor)
[Relationship("Processor", "Forwards readings to", Technology = "in-process")]
#endif
public static class GatewayModule
{
    /// <summary>Registers the module's services.</summary>
    public static IServiceCollection AddGatewayModule(this IServiceCollection services)
    {
        services.AddSingleton<ReadingValidator>();
        return services;
    }

    /// <summary>Maps the module's endpoints.</summary>
    public static IEndpointRouteBuilder MapGatewayModule(this IEndpointRouteBuilder endpoints) => endpoints.MapReadings();
}
