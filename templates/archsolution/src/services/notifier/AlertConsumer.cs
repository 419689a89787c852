using ArchTemplates;
using Arch_Solution.Template.Contracts;
using MassTransit;

namespace Arch_Solution.Template.Notifier;

/// <summary>Receives the alerts the processor publishes and delivers each as a message for operators.</summary>
#if (singleHost)
[Component("Alert Consumer", Container = "Host", Description = "Receives alerts, formats them and delivers the messages")]
#else
[Component("Alert Consumer", Description = "Receives alerts, formats them and delivers the messages")]
#endif
[Relationship(ArchitectureModel.Components.AlertFormatter, "Formats alerts with")]
[Relationship(ArchitectureModel.Components.AlertDelivery, "Delivers alert messages through")]
[Decision(2)]
public sealed class AlertConsumer(AlertFormatter formatter, IAlertDelivery delivery) : IConsumer<Alert>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<Alert> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return delivery.DeliverAsync(context.Message, formatter.Format(context.Message), context.CancellationToken);
    }
}
