using ArchTemplates;

#if (isServerless)
[assembly: Container("Analytics", Description = "Data analysis: summarises reading history", Technology = "ASP.NET Core (timer- and HTTP-triggered functions)", Kind = ContainerKind.Function)]
#else
[assembly: Container("Analytics", Description = "Data analysis: summarises reading history", Technology = "ASP.NET Core")]
#endif
[assembly: Relationship("Database", "Reads reading history from", Technology = "EF Core")]
[assembly: Api("GET", "/health", Description = "Tells whether analytics is up", Responses = "200")]
