using ArchTemplates;

#if (isServerless)
[assembly: Container("Analytics", Description = "ARCH_ANALYTICS_ROLE", Technology = "ASP.NET Core (timer- and HTTP-triggered functions)", Kind = ContainerKind.Function)]
#else
[assembly: Container("Analytics", Description = "ARCH_ANALYTICS_ROLE", Technology = "ASP.NET Core")]
#endif
#if (sample)
[assembly: Relationship("Database", "Reads reading history from", Technology = "EF Core")]
#endif
[assembly: Api("GET", "/health", Description = "Tells whether analytics is up", Responses = "200")]
