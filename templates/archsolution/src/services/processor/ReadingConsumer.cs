using ArchTemplates;
using Arch_Solution.Template.Contracts;
using Arch_Solution.Template.Infrastructure;
using MassTransit;

namespace Arch_Solution.Template.Processor;

/// <summary>Receives the readings the gateway publishes: checks each against the thresholds, stores it with its alerts and publishes the alerts.</summary>
#if (singleHost)
[Component("Reading Consumer", Container = "Host", Description = "Checks each reading against the thresholds, stores it with its alerts and publishes the alerts")]
[Relationship("Database", "Stores readings and alerts in", Technology = "EF Core")]
#else
[Component("Reading Consumer", Description = "Checks each reading against the thresholds, stores it with its alerts and publishes the alerts")]
#endif
[Relationship(ArchitectureModel.Components.ThresholdEvaluator, "Checks readings with")]
[Decision(2)]
public sealed class ReadingConsumer(ThresholdEvaluator evaluator, ReadingsDbContext database) : IConsumer<SensorReading>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<SensorReading> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reading = context.Message;
        var alerts = evaluator.Evaluate(reading);

        database.Readings.Add(StoredReading.From(reading));
        database.Alerts.AddRange(alerts.Select(StoredAlert.From));
        await database.SaveChangesAsync(context.CancellationToken);

        foreach (var alert in alerts)
        {
            await context.Publish(alert, context.CancellationToken);
        }
    }
}
