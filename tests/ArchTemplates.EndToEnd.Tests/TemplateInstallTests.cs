using ArchTemplates.EndToEnd.Tests.Infrastructure;

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
        var complaints = packages.InstallResult.Output
            .Split('\n')
            .Where(line => line.Contains("warn", StringComparison.OrdinalIgnoreCase) || line.Contains("error", StringComparison.OrdinalIgnoreCase) || line.Contains("fail", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(complaints.Count == 0, "dotnet new install complained:\n" + packages.InstallResult.Output);
    }

    [Fact]
    public void Dotnet_new_list_finds_the_archsolution_template()
    {
        using var directory = new TempDirectory("list");
        var result = packages.DotnetNew(directory.Path, "list", "archsolution").EnsureSuccess();

        Assert.Contains("archsolution", result.Output, StringComparison.Ordinal);
    }
}
