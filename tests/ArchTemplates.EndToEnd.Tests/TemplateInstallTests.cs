
namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// Stands in for the template validation of Microsoft.TemplateEngine.Authoring.Tasks (not available to us):
/// the template engine itself must accept the pack without a single warning or error.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class TemplateInstallTests(PackagesFixture packages)
{
    [Fact]
    public void Installing_the_pack_into_an_empty_hive_prints_no_warning_or_error()
    {
        Assert.Equal(0, packages.InstallResult.ExitCode);
        Assert.Contains("archsolution", packages.InstallResult.Output, StringComparison.Ordinal);
        Assert.Contains("archservice", packages.InstallResult.Output, StringComparison.Ordinal);
        Assert.Contains("archdoc", packages.InstallResult.Output, StringComparison.Ordinal);
        Assert.Contains("archadr", packages.InstallResult.Output, StringComparison.Ordinal);
        var complaints = packages.InstallResult.Output
            .Split('\n')
            .Where(line => line.Contains("warn", StringComparison.OrdinalIgnoreCase) || line.Contains("error", StringComparison.OrdinalIgnoreCase) || line.Contains("fail", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(complaints.Count == 0, "dotnet new install complained:\n" + packages.InstallResult.Output);
    }

    [Theory]
    [InlineData("archsolution")]
    [InlineData("archservice")]
    [InlineData("archdoc")]
    [InlineData("archadr")]
    public void Dotnet_new_list_finds_each_template(string shortName)
    {
        using var directory = new TempDirectory("list");
        var result = packages.DotnetNew(directory.Path, "list", shortName).EnsureSuccess();

        Assert.Contains(shortName, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Archsolution_help_lists_every_option_with_its_short_name()
    {
        using var directory = new TempDirectory("help");
        var help = packages.DotnetNew(directory.Path, "archsolution", "-h").EnsureSuccess().Output;

        foreach (var option in new[] { "-t, --title", "-s, --status", "-st, --style", "-sv, --services", "-f, --framework", "-dp, --deploy", "-ts, --tests", "-c, --ci", "-sf, --solution-format" })
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Instantiating_into_a_folder_with_the_same_files_is_refused_without_force()
    {
        using var directory = new TempDirectory("overwrite");
        var output = directory.Combine("Acme.Sensors");
        packages.DotnetNew(directory.Path, "archsolution", "-n", "Acme.Sensors", "-o", output, "--title", "First").EnsureSuccess();

        var again = packages.DotnetNew(directory.Path, "archsolution", "-n", "Acme.Sensors", "-o", output, "--title", "Second");

        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("--force", again.Output, StringComparison.Ordinal);
        Assert.Contains("title: \"First\"", File.ReadAllText(Path.Combine(output, "architecture.yml")), StringComparison.Ordinal);
    }
}
