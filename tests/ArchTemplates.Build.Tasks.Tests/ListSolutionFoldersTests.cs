namespace ArchTemplates.Build.Tasks.Tests;

public sealed class ListSolutionFoldersTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archtemplates-listing-").FullName;

    [Fact]
    public void Lists_folders_down_to_the_depth_and_skips_excluded_and_dot_folders()
    {
        Directory.CreateDirectory(Path.Combine(_root, "src", "services", "gateway", "Properties"));
        Directory.CreateDirectory(Path.Combine(_root, "src", "services", "gateway", "obj"));
        Directory.CreateDirectory(Path.Combine(_root, ".github", "workflows"));
        Directory.CreateDirectory(Path.Combine(_root, "deploy", "kubernetes"));
        File.WriteAllText(Path.Combine(_root, "deploy", "kubernetes", "gateway.yaml"), "");
        var output = Path.Combine(_root, "obj", "listing.txt");

        var task = new ListSolutionFolders { Root = _root, OutputFile = output, Depth = 3, Exclude = "obj" };

        Assert.True(task.Execute());
        Assert.Equal(
            ["d deploy", "d deploy/kubernetes", "d src", "d src/services", "d src/services/gateway", "f deploy/kubernetes/gateway.yaml"],
            File.ReadAllLines(output));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
