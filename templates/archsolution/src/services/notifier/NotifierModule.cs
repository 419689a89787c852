using ArchTemplates;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Arch_Solution.Template.Notifier;

/// <summary>The notifier's services, for its own program or a host that runs several services.</summary>
#if (singleHost)
[Component("Notifier", Container = "Host", Description = "Alert and notification system")]
[Relationship("Operator", "Sends alerts to", Technology = "Log (IAlertDelivery)", Interaction = Interaction.Async)]
#endif
public static class NotifierModule
{
    /// <summary>
    /// Registers the notifier's services, with <see cref="LoggingAlertDelivery"/> unless another <see cref="IAlertDelivery"/>
    /// is registered first; its consumer, <see cref="AlertConsumer"/>, is registered with the message bus (AddMessaging).
    /// </summary>
    public static IServiceCollection AddNotifierModule(this IServiceCollection services)
    {
        services.AddSingleton<AlertFormatter>();
        services.TryAddSingleton<IAlertDelivery, LoggingAlertDelivery>();
        return services;
    }
}
