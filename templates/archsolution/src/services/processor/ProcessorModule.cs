using ArchTemplates;
#if (sample)
using Arch_Solution.Template.Infrastructure;
using MassTransit;
#endif

namespace Arch_Solution.Template.Processor;

/// <summary>The processor's services, for its own program or a host that runs several services.</summary>
#if (singleHost && sample)
[Component("Processor", Container = "Host", Description = "Data processing and validation: checks readings against thresholds")]
[Relationship("Reading Consumer", "Receives readings through")]
#if (hasNotifier)
[Relationship("Notifier", "Publishes alerts to", Technology = "MassTransit", Interaction = Interaction.Async)]
#endif
#elif (singleHost)
[Component("Processor", Container = "Host", Description = "Background processing")]
#endif
public static class ProcessorModule
{
#if (sample)
    /// <summary>
    /// Registers the processor's services and the readings database; its consumer is registered with the message bus
    /// (<see cref="AddProcessorConsumers"/>, in AddMessaging).
    /// </summary>
    public static IServiceCollection AddProcessorModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Thresholds.Default);
        services.AddSingleton<ThresholdEvaluator>();
        services.AddReadingsDatabase(configuration);
        return services;
    }

    /// <summary>Registers the processor's consumer, <see cref="ReadingConsumer"/>, with the message bus.</summary>
    public static void AddProcessorConsumers(this IBusRegistrationConfigurator bus) => bus.AddConsumer<ReadingConsumer>();
#else
    /// <summary>Registers the processor's services: none yet.</summary>
    public static IServiceCollection AddProcessorModule(this IServiceCollection services, IConfiguration configuration) => services;
#endif
}
