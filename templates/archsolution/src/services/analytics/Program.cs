#if (isServerless)
using System.Text.Json;
using Arch_Solution.Template.Analytics;
using Arch_Solution.Template.Contracts;

// Runs the function locally: sensor readings (a JSON array) on standard input, their summary (JSON) on standard output.
// In the cloud, the platform's timer trigger calls SummarizeReadingsFunction.Run instead.
var readings = await JsonSerializer.DeserializeAsync<List<SensorReading>>(Console.OpenStandardInput(), ContractSerialization.Options);
if (readings is null || readings.Count == 0)
{
    Console.Error.WriteLine("Pass sensor readings (a JSON array) on standard input.");
    return 1;
}

var summary = SummarizeReadingsFunction.Run(readings, new TrendAnalyzer());
Console.WriteLine(JsonSerializer.Serialize(summary, ContractSerialization.Options));
return 0;
#else
using Arch_Solution.Template.Analytics;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSingleton<TrendAnalyzer>();
builder.Services.AddHostedService<AnalyticsWorker>();

var host = builder.Build();
host.Run();
#endif
