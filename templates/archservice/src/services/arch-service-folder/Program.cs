using Arch_Service.Template;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddHostedService<ArchServiceIdentifierWorker>();

var host = builder.Build();
host.Run();
