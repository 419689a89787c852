#if (isServerless)
using System.Text.Json;
using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Notifier;

// Runs the function locally: an alert (JSON) on standard input, the message to send on standard output.
// In the cloud, the platform's queue trigger calls SendAlertFunction.Run instead.
var alert = await JsonSerializer.DeserializeAsync<Alert>(Console.OpenStandardInput(), ContractSerialization.Options);
if (alert is null)
{
    Console.Error.WriteLine("Pass an alert (JSON) on standard input.");
    return 1;
}

Console.WriteLine(SendAlertFunction.Run(alert, new AlertFormatter()));
return 0;
#else
using Arch_Solution.Template.Notifier;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSingleton<AlertFormatter>();
builder.Services.AddHostedService<NotificationWorker>();

var host = builder.Build();
host.Run();
#endif
