using ArchTemplates;
#if (sample)
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
#endif

namespace Arch_Solution.Template.Notifier;

/// <summary>The notifier's services, for its own program or a host that runs several services.</summary>
#if (singleHost && sample)
[Component("Notifier", Container = "Host", Description = "Alert and notification system")]
[Relationship("Alert Consumer", "Receives alerts through")]
[Relationship("Operator", "Sends alerts to", Technology = "Log (IAlertDelivery)", Interaction = Interaction.Async)]
#elif (singleHost)
[Component("Notifier", Container = "Host", Description = "Notifications")]
#endif
public static class NotifierModule
{
#if (sample)
    /// <summary>
    /// Registers the notifier's services, with <see cref="LoggingAlertDelivery"/> unless another <see cref="IAlertDelivery"/>
    /// is registered first; its consumer is registered with the message bus (<see cref="AddNotifierConsumers"/>, in AddMessaging).
    /// </summary>
    public static IServiceCollection AddNotifierModule(this IServiceCollection services)
    {
        services.AddSingleton<AlertFormatter>();
        services.TryAddSingleton<IAlertDelivery, LoggingAlertDelivery>();
        return services;
    }

    /// <summary>Registers the notifier's consumer, <see cref="AlertConsumer"/>, with the message bus.</summary>
    public static void AddNotifierConsumers(this IBusRegistrationConfigurator bus) => bus.AddConsumer<AlertConsumer>();
#else
    /// <summary>Registers the notifier's services: none yet.</summary>
    public static IServiceCollection AddNotifierModule(this IServiceCollection services) => services;
#endif
}
