#if (isServerless)
using System.Text.Json;
using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Processor;

// Runs the function locally: a sensor reading (JSON) on standard input, its alerts (JSON) on standard output.
// In the cloud, the platform's queue trigger calls ProcessReadingFunction.Run instead.
var reading = await JsonSerializer.DeserializeAsync<SensorReading>(Console.OpenStandardInput(), ContractSerialization.Options);
if (reading is null)
{
    Console.Error.WriteLine("Pass a sensor reading (JSON) on standard input.");
    return 1;
}

var alerts = ProcessReadingFunction.Run(reading, new ThresholdEvaluator(Thresholds.Default));
Console.WriteLine(JsonSerializer.Serialize(alerts, ContractSerialization.Options));
return 0;
#else
using Arch_Solution.Template.Processor;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSingleton(Thresholds.Default);
builder.Services.AddSingleton<ThresholdEvaluator>();
builder.Services.AddHostedService<ProcessingWorker>();

var host = builder.Build();
host.Run();
#endif
