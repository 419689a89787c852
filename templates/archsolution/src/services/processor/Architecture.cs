using ArchTemplates;

#if (isServerless)
[assembly: Container("Processor", Description = "Data processing and validation", Technology = ".NET function", Kind = ContainerKind.Function)]
#else
[assembly: Container("Processor", Description = "Data processing and validation", Technology = ".NET Worker Service")]
#endif
[assembly: Relationship("Database", "Stores readings and alerts in", Technology = "EF Core")]
#if (hasNotifier)
[assembly: Relationship("Notifier", "Publishes alerts to", Technology = "MassTransit", Interaction = Interaction.Async)]
#endif
