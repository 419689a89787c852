namespace ArchTemplates.Testing;

/// <summary>Paths inside this repository, found from the test assembly's location.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string TemplatePackProject => Path.Combine(Root, "ArchTemplates.csproj");

    public static string GeneratorProject => Path.Combine(Root, "generators", "ArchTemplates.Generator", "ArchTemplates.Generator.csproj");

    public static string TemplatesDirectory => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ArchTemplates.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder of ArchTemplates.sln) was not found above " + AppContext.BaseDirectory);
    }
}
