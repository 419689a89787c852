
namespace ArchTemplates.EndToEnd.Tests;

/// <summary>This repository documents itself with its own generator; its committed document and model constants must be current.</summary>
public sealed class RepositoryDocumentTests
{
    [Fact]
    public void The_committed_architecture_document_of_this_repository_is_current()
    {
        using var artifacts = new TempDirectory("repository-document");

        // A separate output tree: the check never touches the assemblies this test run has loaded.
        var result = ProcessRunner.Dotnet(
            Repository.Root,
            "build", Path.Combine(Repository.Root, "eng", "architecture", "ArchTemplates.Architecture.csproj"),
            "-p:ArchDocsCheck=true",
            "--artifacts-path", artifacts.Path);

        Assert.True(result.ExitCode == 0, "docs/architecture.md or generators/Shared/ArchitectureModel.g.cs is out of date; run `dotnet build eng/architecture` and commit them.\n" + result.Output);
    }
}
