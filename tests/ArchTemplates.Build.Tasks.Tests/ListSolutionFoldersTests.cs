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

        var task = new ListSolutionFolders { Root = _root, OutputFile = output, Depth = 3, Exclude = "obj", BuildEngine = new RecordingBuildEngine() };

        Assert.True(task.Execute());
        Assert.Equal(
            ["d deploy", "d deploy/kubernetes", "d src", "d src/services", "d src/services/gateway", "f deploy/kubernetes/gateway.yaml"],
            File.ReadAllLines(output));
    }

    [Fact]
    public void In_a_git_work_tree_leaves_out_what_git_ignores()
    {
        Write("src", "services", "gateway", "Program.cs");
        Write("publish", "a.dll");
        Write("tools", "bin-only", "tool.dll");
        Write("tools", "notes.md");
        Write("deploy", "terraform", "main.tf");
        Write("deploy", "terraform", "terraform.tfstate");
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "publish/\n*.dll\n*.tfstate\n");
        Git("init", "--quiet");
        Git("add", "src");

        Assert.Equal(["d deploy", "d deploy/terraform", "d src", "d src/services", "d src/services/gateway", "d tools", "f deploy/terraform/main.tf"], List());
    }

    [Fact]
    public void A_root_in_an_ignored_folder_of_a_git_work_tree_is_listed_as_without_git_and_says_why()
    {
        Write("artifacts", "sample", "src", "app", "Program.cs");
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "artifacts/\n");
        Git("init", "--quiet");
        var engine = new RecordingBuildEngine();

        Assert.Equal(["d src", "d src/app"], List(Path.Combine(_root, "artifacts", "sample"), engine));
        Assert.Contains(engine.Messages, message => message.Message!.Contains("git keeps no file under the documentation root", StringComparison.Ordinal));
    }

    [Fact]
    public void A_root_below_the_top_of_the_work_tree_leaves_out_what_git_ignores()
    {
        // dotnet new archdoc in a solution that lives in a folder of a larger repository.
        Write("solution", "src", "app", "Program.cs");
        Write("solution", "publish", "app.dll");
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "publish/\n");
        Git("init", "--quiet");
        Git("add", ".");

        Assert.Equal(["d src", "d src/app"], List(Path.Combine(_root, "solution")));
    }

    [Fact]
    public void Git_variables_of_a_hook_that_builds_do_not_redirect_git()
    {
        Write("src", "app", "Program.cs");
        Write("publish", "app.dll");
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "publish/\n");
        Git("init", "--quiet");

        // A pre-commit hook exports these for the repository it runs in, relative to its own directory.
        Environment.SetEnvironmentVariable("GIT_DIR", "elsewhere/.git");
        try
        {
            Assert.Equal(["d src", "d src/app"], List());
        }
        finally
        {
            Environment.SetEnvironmentVariable("GIT_DIR", null);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] List(string? root = null, RecordingBuildEngine? engine = null)
    {
        var output = Path.Combine(_root, "listing.txt");
        Assert.True(new ListSolutionFolders { Root = root ?? _root, OutputFile = output, Depth = 3, BuildEngine = engine ?? new RecordingBuildEngine() }.Execute());
        return File.ReadAllLines(output);
    }

    private void Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }

    private void Write(params string[] parts)
    {
        var path = Path.Combine([_root, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
    }
}
