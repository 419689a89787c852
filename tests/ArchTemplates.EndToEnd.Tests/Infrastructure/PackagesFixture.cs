namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs both NuGet packages once per test run, with a unique prerelease version (a package with an
/// unchanged version would be taken stale from the NuGet cache), into a temporary feed, and installs
/// the template pack into an isolated template hive. Nothing touches the user's own hive or NuGet settings.
/// </summary>
[ArchTemplates.Component("Packages Fixture", Container = "Test Suite", Description = "Packs both packages with a unique version and installs the template pack into an isolated hive")]
[ArchTemplates.Relationship("Template Pack", "Packs, installs and instantiates", Technology = "dotnet pack, dotnet new", Evidence = ArchTemplates.Evidence.None)] // by running the tools
public sealed class PackagesFixture : IDisposable
{
    private readonly TempDirectory _workspace = new("packages");
    private readonly Dictionary<string, object> _shared = new(StringComparer.Ordinal);

    public PackagesFixture()
    {
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        Feed = _workspace.Combine("feed");
        Hive = _workspace.Combine("hive");
        var artifacts = _workspace.Combine("artifacts");

        foreach (var project in new[] { Repository.GeneratorProject, Repository.TemplatePackProject })
        {
            ProcessRunner.Dotnet(
                Repository.Root,
                "pack", project,
                "--configuration", "Release",
                "--output", Feed,
                // A separate output tree, so packing never rewrites assemblies this test run has loaded.
                "--artifacts-path", artifacts,
                $"-p:Version={Version}").EnsureSuccess();
        }

        TemplatePackage = Path.Combine(Feed, $"ArchTemplates.{Version}.nupkg");
        GeneratorPackage = Path.Combine(Feed, $"ArchTemplates.Generator.{Version}.nupkg");
        InstallResult = ProcessRunner.Dotnet(_workspace.Path, "new", "install", TemplatePackage, "--debug:custom-hive", Hive);
    }

    public string Version { get; }

    public string Feed { get; }

    /// <summary>The isolated template hive the template pack is installed into.</summary>
    public string Hive { get; }

    public string TemplatePackage { get; }

    public string GeneratorPackage { get; }

    /// <summary>What <c>dotnet new install</c> printed for the template pack.</summary>
    public ProcessResult InstallResult { get; }

    /// <summary>Runs <c>dotnet new</c> against the isolated hive.</summary>
    public ProcessResult DotnetNew(string workingDirectory, params string[] arguments)
        => ProcessRunner.Dotnet(workingDirectory, ["new", .. arguments, "--debug:custom-hive", Hive]);

    /// <summary>Scaffolds a solution from the installed pack and points its NuGet sources at the test feed.</summary>
    public ScaffoldedSolution Scaffold(string name, params string[] options)
    {
        var directory = new TempDirectory("scaffold");
        var output = directory.Combine(name);
        DotnetNew(directory.Path, ["archsolution", "--name", name, "--output", output, .. options]).EnsureSuccess();
        UseTestFeed(output);
        return new ScaffoldedSolution(directory, output);
    }

    /// <summary>Writes a nuget.config into <paramref name="directory"/> that restores from the test feed.</summary>
    public void UseTestFeed(string directory)
        => File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="archtemplates-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

    /// <summary>
    /// One value per key for the whole test run, created on first use (builds are the cost of these tests, so a
    /// scaffold that several tests need is built once); disposed with the fixture.
    /// </summary>
    public T Shared<T>(string key, Func<T> create)
        where T : class
    {
        lock (_shared)
        {
            if (!_shared.TryGetValue(key, out var value))
            {
                value = create();
                _shared[key] = value;
            }

            return (T)value;
        }
    }

    public void Dispose()
    {
        foreach (var value in _shared.Values.OfType<IDisposable>())
        {
            value.Dispose();
        }

        _workspace.Dispose();

        // The compiler server the builds shared (see ProcessRunner) would otherwise idle for ten minutes.
        ProcessRunner.Dotnet(Path.GetTempPath(), "build-server", "shutdown", "--vbcscompiler");
    }
}

[CollectionDefinition(Name)]
public sealed class PackagesGroup : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packages";
}
