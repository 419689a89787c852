using ArchTemplates;

namespace Arch_Solution.Template.Notifier;

/// <summary>The notifier module: alerts and notifications.</summary>
[Component("Notifier", Container = "Host", Description = "Alert and notification system")]
[Relationship("Notification Worker", "Runs")]
[Relationship("Operator", "Sends alerts to", Technology = "Email", Interaction = Interaction.Async)]
#if (hasGateway)
[Relationship("Gateway", "Reports notification status to", Technology = "in-process")]
#endif
public static class NotifierModule
{
    /// <summary>Registers the module's services and its worker.</summary>
    public static IServiceCollection AddNotifierModule(this IServiceCollection services)
    {
        services.AddSingleton<AlertFormatter>();
        services.AddHostedService<NotificationWorker>();
        return services;
    }
}
