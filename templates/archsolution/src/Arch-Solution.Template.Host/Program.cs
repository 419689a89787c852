using Arch_Solution.Template.Contracts;
#if (usesBroker)
using Arch_Solution.Template.Infrastructure;
#endif
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
#if (hasGateway)
builder.Services.AddGatewayModule();
#endif
#if (hasProcessor)
builder.Services.AddProcessorModule(builder.Configuration);
#endif
#if (hasAnalytics)
builder.Services.AddAnalyticsModule(builder.Configuration);
#endif
#if (hasNotifier)
builder.Services.AddNotifierModule();
#endif
#if (usesBroker)
#if (hasProcessor && hasNotifier)
builder.Services.AddMessaging(builder.Configuration, bus =>
{
    bus.AddProcessorConsumers();
    bus.AddNotifierConsumers();
});
#elif (hasProcessor)
builder.Services.AddMessaging(builder.Configuration, bus => bus.AddProcessorConsumers());
#elif (hasNotifier)
builder.Services.AddMessaging(builder.Configuration, bus => bus.AddNotifierConsumers());
#else
builder.Services.AddMessaging(builder.Configuration);
#endif
#endif

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
#if (hasGateway)
app.MapGatewayModule();
#endif
#if (hasAnalytics)
app.MapAnalyticsModule();
#endif

app.Run();
