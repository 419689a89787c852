using ArchTemplates;

#if (isMonolith)
[assembly: Container("Host", Description = "The whole system in one process: every service is a folder of this project", Technology = "ASP.NET Core")]
#else
[assembly: Container("Host", Description = "Runs every module in one process", Technology = "ASP.NET Core")]
#endif
[assembly: Api("GET", "/health", Description = "Tells whether the host is up", Responses = "200")]
