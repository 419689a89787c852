using ArchTemplates;

namespace Arch_Solution.Template.Processor;

/// <summary>The processor module: data processing and validation.</summary>
[Component("Processor", Container = "Host", Description = "Data processing and validation: checks readings against thresholds")]
[Relationship("Processing Worker", "Runs")]
[Relationship("Database", "Stores readings and alerts in", Technology = "SQL")]
#if (hasNotifier)
[Relationship("Notifier", "Triggers notifications through", Technology = "in-process")]
#endif
public static class ProcessorModule
{
    /// <summary>Registers the module's services and its worker.</summary>
    public static IServiceCollection AddProcessorModule(this IServiceCollection services)
    {
        services.AddSingleton(Thresholds.Default);
        services.AddSingleton<ThresholdEvaluator>();
        services.AddHostedService<ProcessingWorker>();
        return services;
    }
}
