using ArchTemplates;

#if (isServerless)
[assembly: Container("Analytics", Description = "Data analysis: summarises reading history", Technology = ".NET function", Kind = ContainerKind.Function)]
#else
[assembly: Container("Analytics", Description = "Data analysis: summarises reading history", Technology = ".NET Worker Service")]
#endif
[assembly: Relationship("Database", "Reads reading history from", Technology = "SQL")]
