using ArchTemplates;

[assembly: Container(
    "Generator",
    Description = "The incremental source generator, loaded by the C# compiler into every project that references the package",
    Technology = "Roslyn incremental generator (netstandard2.0)")]
