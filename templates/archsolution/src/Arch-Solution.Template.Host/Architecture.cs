using ArchTemplates;
#if (isModularMonolith && hasGateway)
using Arch_Solution.Template.Contracts;
#endif

#if (isMonolith)
[assembly: Container("Host", Description = "The whole system in one process: every service is a folder of this project", Technology = "ASP.NET Core")]
#else
[assembly: Container("Host", Description = "Runs every module in one process", Technology = "ASP.NET Core")]
#endif
[assembly: Api("GET", "/health", Description = "Tells whether the host is up", Responses = "200")]
#if (isModularMonolith && hasGateway)
[assembly: Api("POST", "/readings", Description = "Send a sensor reading", Request = typeof(SensorReading), Response = typeof(ReadingAcknowledgement), Responses = "202, 400")]
#endif
