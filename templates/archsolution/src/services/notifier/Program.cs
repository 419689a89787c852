using Arch_Solution.Template.Infrastructure;
using Arch_Solution.Template.Notifier;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddNotifierModule();
builder.Services.AddMessaging(builder.Configuration, bus => bus.AddNotifierConsumers());

builder.Build().Run();
