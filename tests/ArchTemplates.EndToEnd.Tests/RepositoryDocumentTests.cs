
namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// This repository documents itself with its own generator; its committed document and model constants must be
/// current, and its code must conform to the document (the build compiles it with the conformance analyzer).
/// </summary>
public sealed class RepositoryDocumentTests
{
    [Fact]
    public void The_committed_architecture_document_of_this_repository_is_current_and_its_code_conforms()
    {
        using var artifacts = new TempDirectory("repository-document");

        // A separate output tree: the check never touches the assemblies this test run has loaded.
        var result = ProcessRunner.Dotnet(
            Repository.Root,
            "build", Path.Combine(Repository.Root, "eng", "architecture", "ArchTemplates.Architecture.csproj"),
            "-p:ArchDocsCheck=true",
            "--artifacts-path", artifacts.Path);

        Assert.True(result.ExitCode == 0, "docs/architecture.md or generators/Shared/ArchitectureModel.g.cs is out of date (run `dotnet build eng/architecture` and commit them), or the code has a conformance finding (ARCH2xx; see the output).\n" + result.Output);
    }
}
