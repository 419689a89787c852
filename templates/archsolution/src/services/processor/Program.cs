using Arch_Solution.Template.Infrastructure;
using Arch_Solution.Template.Processor;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddProcessorModule(builder.Configuration);
builder.Services.AddMessaging(builder.Configuration, bus => bus.AddProcessorConsumers());

builder.Build().Run();
