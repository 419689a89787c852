using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Gateway;
#if (sample)
using Arch_Solution.Template.Infrastructure;
#endif

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => ContractSerialization.Configure(options.SerializerOptions));
builder.Services.AddGatewayModule();
#if (sample)
builder.Services.AddMessaging(builder.Configuration);
#endif

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.MapGatewayModule();

app.Run();
