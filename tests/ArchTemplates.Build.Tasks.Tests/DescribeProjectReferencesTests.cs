using Microsoft.Build.Utilities;

namespace ArchTemplates.Build.Tasks.Tests;

/// <summary>The packages and frameworks a project references, as the generator reads them for the Technology Table.</summary>
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
