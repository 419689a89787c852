using ArchTemplates;

#if (isServerless)
[assembly: Container("Processor", Description = "Data processing and validation", Technology = ".NET function", Kind = ContainerKind.Function)]
#else
[assembly: Container("Processor", Description = "Data processing and validation", Technology = ".NET Worker Service")]
#endif
[assembly: Relationship("Database", "Stores readings and alerts in", Technology = "SQL")]
#if (hasNotifier)
[assembly: Relationship("Notifier", "Triggers notifications through", Technology = "Message queue", Interaction = Interaction.Async)]
#endif
