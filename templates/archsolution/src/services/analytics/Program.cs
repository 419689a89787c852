using Arch_Solution.Template.Analytics;
using Arch_Solution.Template.Contracts;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => ContractSerialization.Configure(options.SerializerOptions));
builder.Services.AddAnalyticsModule(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.MapAnalyticsModule();

app.Run();
