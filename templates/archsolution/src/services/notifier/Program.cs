#if (sample)
using Arch_Solution.Template.Infrastructure;
#endif
using Arch_Solution.Template.Notifier;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddNotifierModule();
#if (sample)
builder.Services.AddMessaging(builder.Configuration, bus => bus.AddNotifierConsumers());
#endif

builder.Build().Run();
