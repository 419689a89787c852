using Microsoft.Build.Utilities;

namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>
/// The packages and frameworks a project references, as the generator reads them for the Technology Table; what
/// the project builds and the projects it references, from which the documentation project infers what nothing declares.
/// </summary>
public sealed class DescribeProjectReferencesTests
{
    [Fact]
    public void Packages_take_their_own_version_an_override_or_the_central_one_and_leave_out_the_sdks_own()
    {
        var task = new DescribeProjectReferences
        {
            BuildEngine = new RecordingBuildEngine(),
            PackageReferences =
            [
                Item("Npgsql", ("Version", "8.0.3")),
                Item("MassTransit"),
                Item("Serilog", ("VersionOverride", "4.0.0")),
                Item("Microsoft.NET.ILLink.Tasks", ("Version", "10.0.0"), ("IsImplicitlyDefined", "true")),
                Item("Exact.Pin", ("Version", "[1.2.3]")),
                Item("No.Version.Anywhere"),
            ],
            PackageVersions = [Item("MassTransit", ("Version", "8.1.0")), Item("masstransit", ("Version", "8.2.0")), Item("Serilog", ("Version", "3.1.1"))],
        };

        Assert.True(task.Execute());
        Assert.Equal("Exact.Pin@1.2.3,MassTransit@8.2.0,Npgsql@8.0.3,Serilog@4.0.0", task.Packages);
    }

    [Fact]
    public void Values_that_would_break_the_compiler_visible_property_are_left_out()
    {
        // The list travels in an .editorconfig line: ',' separates entries, '@' splits one, ';' and '#' end the line.
        var task = new DescribeProjectReferences
        {
            BuildEngine = new RecordingBuildEngine(),
            PackageReferences = [Item("Good", ("Version", "1.0.0")), Item("Bad;Id", ("Version", "1.0.0")), Item("Ranged", ("Version", "1.0,2.0")), Item("Hashed", ("Version", "1#2"))],
            FrameworkReferences = [Item("Microsoft.AspNetCore.App"), Item("Odd#Framework")],
        };

        Assert.True(task.Execute());
        Assert.Equal("Good@1.0.0", task.Packages);
        Assert.Equal("Microsoft.AspNetCore.App", task.Frameworks);
    }

    [Fact]
    public void Frameworks_are_sorted_once_each_without_the_implicit_base_framework()
    {
        var task = new DescribeProjectReferences
        {
            BuildEngine = new RecordingBuildEngine(),
            FrameworkReferences =
            [
                Item("Microsoft.NETCore.App", ("IsImplicitlyDefined", "true")),
                Item("Microsoft.WindowsDesktop.App"),
                Item("Microsoft.AspNetCore.App", ("IsImplicitlyDefined", "true")),
                Item("Microsoft.AspNetCore.App"),
            ],
        };

        Assert.True(task.Execute());
        Assert.Equal("Microsoft.AspNetCore.App,Microsoft.WindowsDesktop.App", task.Frameworks);
        Assert.Equal(string.Empty, task.Packages);
    }

    [Theory]
    [InlineData("", "", "", "", "", "", "library")]
    [InlineData("", "", "", "Exe", "", "", "console")]
    [InlineData("", "", "", "WinExe", "", "", "console")]
    [InlineData("", "", "", "Exe", "", "Microsoft.Extensions.Hosting", "worker")]
    [InlineData("", "true", "", "Exe", "", "", "worker")]
    [InlineData("true", "", "", "Exe", "", "Microsoft.Extensions.Hosting", "web")]
    [InlineData("", "", "v4", "Exe", "", "", "functions")]
    [InlineData("true", "", "", "Exe", "true", "", "test")]
    [InlineData("", "", "", "Exe", "", "Microsoft.NET.Test.Sdk", "test")]
    [InlineData("", "", "", "", "", "Microsoft.Extensions.Hosting", "library")]
    public void The_kind_says_what_the_project_builds(string web, string worker, string functions, string outputType, string isTest, string package, string kind)
    {
        var task = new DescribeProjectReferences
        {
            BuildEngine = new RecordingBuildEngine(),
            UsingWebSdk = web,
            UsingWorkerSdk = worker,
            AzureFunctionsVersion = functions,
            OutputType = outputType,
            IsTestProject = isTest,
            PackageReferences = package.Length == 0 ? [] : [Item(package, ("Version", "1.0.0"))],
        };

        Assert.True(task.Execute());
        Assert.Equal(kind, task.Kind);
    }

    [Fact]
    public void A_kind_the_team_sets_wins_over_what_the_properties_say()
    {
        var task = new DescribeProjectReferences { BuildEngine = new RecordingBuildEngine(), DeclaredKind = " Test ", UsingWebSdk = "true" };

        Assert.True(task.Execute());
        Assert.Equal("test", task.Kind);
    }

    [Fact]
    public void Referenced_projects_are_named_once_each_as_their_file_names_say_leaving_out_those_not_compiled_against()
    {
        var task = new DescribeProjectReferences
        {
            BuildEngine = new RecordingBuildEngine(),
            ProjectReferences =
            [
                Item("../Shop.Domain/Shop.Domain.csproj"),
                Item(@"..\Shop.Application\Shop.Application.csproj"),
                Item("../Shop.Domain/Shop.Domain.csproj"),
                Item("../Tools/Generator.csproj", ("ReferenceOutputAssembly", "false")),
            ],
        };

        Assert.True(task.Execute());
        Assert.Equal("Shop.Application,Shop.Domain", task.Projects);
    }

    private static TaskItem Item(string name, params (string Name, string Value)[] metadata)
    {
        var item = new TaskItem(name);
        foreach (var (key, value) in metadata)
        {
            item.SetMetadata(key, value);
        }

        return item;
    }
}
