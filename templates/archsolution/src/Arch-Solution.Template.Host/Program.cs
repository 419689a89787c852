using Arch_Solution.Template.Contracts;
#if (hasGateway)
using Arch_Solution.Template.Gateway;
#endif
#if (hasProcessor)
using Arch_Solution.Template.Processor;
#endif
#if (hasAnalytics)
using Arch_Solution.Template.Analytics;
#endif
#if (hasNotifier)
using Arch_Solution.Template.Notifier;
#endif

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(options => ContractSerialization.Configure(options.SerializerOptions));
builder.Services.AddSingleton(TimeProvider.System);
#if (hasGateway)
builder.Services.AddGatewayModule();
#endif
#if (hasProcessor)
builder.Services.AddProcessorModule();
#endif
#if (hasAnalytics)
builder.Services.AddAnalyticsModule();
#endif
#if (hasNotifier)
builder.Services.AddNotifierModule();
#endif

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
#if (hasGateway)
app.MapGatewayModule();
#endif

app.Run();

/// <summary>The host's entry point (public so that tests can host it).</summary>
public partial class Program
{
}
