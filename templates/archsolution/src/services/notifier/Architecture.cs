using ArchTemplates;

#if (isServerless)
[assembly: Container("Notifier", Description = "ARCH_NOTIFIER_ROLE", Technology = ".NET function", Kind = ContainerKind.Function)]
#else
[assembly: Container("Notifier", Description = "ARCH_NOTIFIER_ROLE", Technology = ".NET Worker Service")]
#endif
#if (sample)
[assembly: Relationship("Operator", "Sends alerts to", Technology = "Log (IAlertDelivery)", Interaction = Interaction.Async)]
#endif
