#if (sample)
using Arch_Solution.Template.Infrastructure;
#endif
using Arch_Solution.Template.Processor;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddProcessorModule(builder.Configuration);
#if (sample)
builder.Services.AddMessaging(builder.Configuration, bus => bus.AddProcessorConsumers());
#endif

builder.Build().Run();
