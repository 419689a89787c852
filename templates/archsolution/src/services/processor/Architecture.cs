using ArchTemplates;

#if (isServerless)
[assembly: Container("Processor", Description = "ARCH_PROCESSOR_ROLE", Technology = ".NET function", Kind = ContainerKind.Function)]
#else
[assembly: Container("Processor", Description = "ARCH_PROCESSOR_ROLE", Technology = ".NET Worker Service")]
#endif
#if (sample)
[assembly: Relationship("Database", "Stores readings and alerts in", Technology = "EF Core")]
#if (hasNotifier)
[assembly: Relationship("Notifier", "Publishes alerts to", Technology = "MassTransit", Interaction = Interaction.Async)]
#endif
#endif
