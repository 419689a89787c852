using System.Text.Json;

namespace ArchTemplates.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A C# compiler from the Microsoft.Net.Compilers.Toolset package run by an older .NET runtime than this machine's
/// (which has only .NET 10): a private dotnet installation whose one shared framework comes from the runtime pack
/// on NuGet, and a script that runs the compiler with it, for MSBuild's <c>CscToolPath</c>/<c>CscToolExe</c>.
/// Such a compiler has that runtime's System.Text.Json and nothing newer, as the .NET 8 and 9 SDKs' compilers do.
/// </summary>
public sealed class CompilerOnOlderRuntime
{
    private const string RuntimePack = "Microsoft.NETCore.App.Runtime.linux-x64";
    private const string CompilerPackage = "Microsoft.Net.Compilers.Toolset";

    private CompilerOnOlderRuntime(string toolPath, string toolExe)
    {
        ToolPath = toolPath;
        ToolExe = toolExe;
    }

    /// <summary>The folder of the script that runs the compiler.</summary>
    public string ToolPath { get; }

    /// <summary>The script's file name.</summary>
    public string ToolExe { get; }

    public static CompilerOnOlderRuntime Create(TempDirectory directory, string compilerVersion, string runtimeVersion)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The runtime pack used here is linux-x64's.");
        }

        var packages = directory.Combine("packages");
        File.WriteAllText(directory.Combine("download.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageDownload Include="{RuntimePack}" Version="[{runtimeVersion}]" />
                <PackageDownload Include="{CompilerPackage}" Version="[{compilerVersion}]" />
              </ItemGroup>
            </Project>
            """);
        ProcessRunner.Dotnet(directory.Path, "restore", "download.csproj", "--packages", packages).EnsureSuccess();

        // The muxer and hostfxr of this machine's installation; the shared framework from the runtime pack.
        var installed = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var root = directory.Combine("dotnet");
        var framework = Directory.CreateDirectory(Path.Combine(root, "shared", "Microsoft.NETCore.App", runtimeVersion)).FullName;
        File.Copy(Path.Combine(installed, "dotnet"), Path.Combine(root, "dotnet"));
        CopyFolder(Path.Combine(installed, "host"), Path.Combine(root, "host"));
        var pack = Path.Combine(packages, RuntimePack.ToLowerInvariant(), runtimeVersion, "runtimes", "linux-x64");
        CopyFolder(Path.Combine(pack, "lib", $"net{runtimeVersion[..runtimeVersion.LastIndexOf('.')]}"), framework);
        CopyFolder(Path.Combine(pack, "native"), framework);
        WriteFrameworkManifest(framework, runtimeVersion);

        var compiler = Path.Combine(packages, CompilerPackage.ToLowerInvariant(), compilerVersion, "tasks", "netcore", "bincore", "csc.dll");
        var script = directory.Combine("csc-on-older-runtime");
        File.WriteAllText(script, $"#!/bin/sh\nexec \"{Path.Combine(root, "dotnet")}\" exec \"{compiler}\" \"$@\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new CompilerOnOlderRuntime(directory.Path, Path.GetFileName(script));
    }

    /// <summary>The host finds a shared framework only by its deps.json, which the runtime pack does not carry.</summary>
    private static void WriteFrameworkManifest(string framework, string runtimeVersion)
    {
        var target = $".NETCoreApp,Version=v{runtimeVersion[..runtimeVersion.LastIndexOf('.')]}";
        var library = $"runtimepack.{RuntimePack}/{runtimeVersion}";
        var files = Directory.GetFiles(framework).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var manifest = new Dictionary<string, object>
        {
            ["runtimeTarget"] = new Dictionary<string, string> { ["name"] = target + "/linux-x64" },
            ["targets"] = new Dictionary<string, object>
            {
                [target + "/linux-x64"] = new Dictionary<string, object>
                {
                    [library] = new Dictionary<string, object>
                    {
                        ["runtime"] = files.Where(file => file!.EndsWith(".dll", StringComparison.Ordinal)).ToDictionary(file => file!, _ => new object()),
                        ["native"] = files.Where(file => file!.EndsWith(".so", StringComparison.Ordinal)).ToDictionary(file => file!, _ => new object()),
                    },
                },
            },
            ["libraries"] = new Dictionary<string, object> { [library] = new Dictionary<string, object> { ["type"] = "runtimepack", ["serviceable"] = false, ["sha512"] = "" } },
        };
        File.WriteAllText(Path.Combine(framework, "Microsoft.NETCore.App.deps.json"), JsonSerializer.Serialize(manifest));
    }

    private static void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
