namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>A solution created by <c>dotnet new archsolution</c> in a temporary folder.</summary>
public sealed class ScaffoldedSolution(TempDirectory owner, string root) : IDisposable
{
    public string Root { get; } = root;

    public string DocumentPath => PathOf("docs", "architecture.md");

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Builds the whole solution with warnings as errors, as a team's CI would.</summary>
    public ProcessResult Build(params string[] extraArguments)
        => ProcessRunner.Dotnet(Root, ["build", "-warnaserror", .. extraArguments]);

    public string ReadDocument() => File.ReadAllText(DocumentPath);

    public void Dispose() => owner.Dispose();
}
