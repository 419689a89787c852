using ArchTemplates;

[assembly: Container("ARCH_SERVICE_NAME", Description = "ARCH_SERVICE_DESCRIPTION", Technology = ".NET Worker Service")]
