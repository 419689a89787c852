using ArchTemplates;

#if (isServerless)
[assembly: Container("Gateway", Description = "ARCH_GATEWAY_ROLE", Technology = "ASP.NET Core (HTTP-triggered functions)", Kind = ContainerKind.Function)]
#else
[assembly: Container("Gateway", Description = "ARCH_GATEWAY_ROLE", Technology = "ASP.NET Core")]
#endif
#if (hasProcessor && sample)
[assembly: Relationship("Processor", "Publishes readings to", Technology = "MassTransit", Interaction = Interaction.Async)]
#endif
[assembly: Api("GET", "/health", Description = "Tells whether the gateway is up", Responses = "200")]
