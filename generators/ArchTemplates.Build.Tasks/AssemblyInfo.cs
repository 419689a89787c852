using ArchTemplates;

[assembly: Container(
    "Build Tasks",
    Description = "The MSBuild tasks of the package's targets: write the documentation files after the build, describe the project to the generator",
    Technology = "MSBuild tasks (netstandard2.0)")]
