using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Gateway;
using Arch_Solution.Template.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => ContractSerialization.Configure(options.SerializerOptions));
builder.Services.AddGatewayModule();
builder.Services.AddMessaging(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.MapGatewayModule();

app.Run();
