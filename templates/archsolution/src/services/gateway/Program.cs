using ArchTemplates;

[assembly: Container("Gateway", Description = "Sensor data ingestion", Technology = "ASP.NET Core")]

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));

app.Run();
