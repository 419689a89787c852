using ArchTemplates;

#if (isServerless)
[assembly: Container("Notifier", Description = "Alert and notification system", Technology = ".NET function", Kind = ContainerKind.Function)]
#else
[assembly: Container("Notifier", Description = "Alert and notification system", Technology = ".NET Worker Service")]
#endif
[assembly: Relationship("Operator", "Sends alerts to", Technology = "Log (IAlertDelivery)", Interaction = Interaction.Async)]
