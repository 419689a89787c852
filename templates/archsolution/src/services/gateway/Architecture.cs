using ArchTemplates;

#if (isServerless)
[assembly: Container("Gateway", Description = "Sensor data ingestion", Technology = "ASP.NET Core (HTTP-triggered functions)", Kind = ContainerKind.Function)]
#else
[assembly: Container("Gateway", Description = "Sensor data ingestion", Technology = "ASP.NET Core")]
#endif
#if (hasProcessor)
[assembly: Relationship("Processor", "Publishes readings to", Technology = "MassTransit", Interaction = Interaction.Async)]
#endif
[assembly: Api("GET", "/health", Description = "Tells whether the gateway is up", Responses = "200")]
