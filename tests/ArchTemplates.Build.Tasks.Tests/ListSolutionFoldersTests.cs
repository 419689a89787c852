namespace ArchTemplates.Build.Tasks.Tests;

public sealed class ListSolutionFoldersTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archtemplates-listing-").FullName;

    [Fact]
    public void Lists_folders_down_to_the_depth_and_skips_excluded_dot_and_empty_folders()
    {
        Write("src", "services", "gateway", "Properties", "launchSettings.json");
        Write("src", "services", "gateway", "obj", "project.assets.json");
        Write(".github", "workflows", "ci.yml");
        Write("deploy", "kubernetes", "gateway.yaml");
        Directory.CreateDirectory(Path.Combine(_root, "src", "empty"));
        var output = Path.Combine(_root, "obj", "listing.txt");

        var task = new ListSolutionFolders { Root = _root, OutputFile = output, Depth = 3, Exclude = "obj" };

        Assert.True(task.Execute());
        Assert.Equal(
            ["d deploy", "d deploy/kubernetes", "d src", "d src/services", "d src/services/gateway", "f deploy/kubernetes/gateway.yaml"],
            File.ReadAllLines(output));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(params string[] parts)
    {
        var path = Path.Combine([_root, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
    }
}
