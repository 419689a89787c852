using System.Xml.Linq;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// The generator runs inside whichever C# compiler builds the project, not only the SDK's own: here the compiler
/// of the Microsoft.Net.Compilers.Toolset package, which a project may bring, run by the .NET 9 runtime, whose
/// System.Text.Json is older than the one the template engine references (as in the .NET 8 and 9 SDKs' compilers).
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class OtherCompilerTests(PackagesFixture packages)
{
    /// <summary>The oldest version served at or above 4.8, the compiler API the generator is built against.</summary>
    private const string CompilerToolsetVersion = "4.14.0";

    /// <summary>A .NET 9 runtime: the oldest that compiler runs on (its csc.dll targets net9.0).</summary>
    private const string OlderRuntimeVersion = "9.0.23";

    /// <summary>A generator that failed to initialize, threw, or was built against a newer compiler than the one running it.</summary>
    private static readonly string[] GeneratorLoadWarnings = ["CS8784", "CS8785", "CS9057"];

    [Fact]
    public void A_scaffold_built_by_the_compiler_toolset_package_on_the_dotnet_9_runtime_gets_its_document_without_generator_warnings()
    {
        // No ASP.NET Core project: the SDK's Razor generator needs a newer compiler than 4.14 (CS9057 of its own). And
        // net9.0, as a team on that compiler's SDK targets: EF Core 10's analyzers need the compiler of .NET 10.
        using var solution = packages.Scaffold("Acme.Sensors", "--title", "Sensor Monitoring Platform", "--services", "processor", "--framework", "net9.0", "--deploy", "none", "--tests", "false", "--ci", "none");
        CompileWith(solution, "Microsoft.Net.Compilers.Toolset", CompilerToolsetVersion);

        using var compilerDirectory = new TempDirectory("compiler");
        var compiler = CompilerOnOlderRuntime.Create(compilerDirectory, CompilerToolsetVersion, OlderRuntimeVersion);

        // Out of process and without the shared compiler server, so the log names the compiler that ran.
        // The documentation project and what it references (the processor, contracts, infrastructure): not the Host,
        // an ASP.NET Core project every style has, whose Razor generator needs a newer compiler.
        var documentation = solution.PathOf("src", "Acme.Sensors.Architecture", "Acme.Sensors.Architecture.csproj");
        var result = solution.Build(documentation, "-p:UseSharedCompilation=false", $"-p:CscToolPath={compiler.ToolPath}", $"-p:CscToolExe={compiler.ToolExe}", "-v:normal").EnsureSuccess();

        Assert.Contains(Path.Combine(compiler.ToolPath, compiler.ToolExe) + " /noconfig", result.Output, StringComparison.Ordinal);
        Assert.All(GeneratorLoadWarnings, code => Assert.DoesNotContain(code, result.Output, StringComparison.Ordinal));
        var document = ArchitectureDocument.Load(solution.DocumentPath);
        Assert.StartsWith("# Architecture for Sensor Monitoring Platform\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("Processor", document.Containers());
    }

    /// <summary>Pins the compiler package in Directory.Packages.props and has every project compile with it.</summary>
    private static void CompileWith(ScaffoldedSolution solution, string id, string version)
    {
        var versions = XDocument.Load(solution.PathOf("Directory.Packages.props"));
        versions.Root!.Add(new XElement("ItemGroup", new XElement("PackageVersion", new XAttribute("Include", id), new XAttribute("Version", version))));
        versions.Save(solution.PathOf("Directory.Packages.props"));

        var build = XDocument.Load(solution.PathOf("Directory.Build.props"));
        build.Root!.Add(new XElement("ItemGroup", new XElement("PackageReference", new XAttribute("Include", id), new XAttribute("PrivateAssets", "all"))));
        // Without it the .NET 10 SDK puts its own compiler back in place of the package's.
        build.Root!.Add(new XElement("PropertyGroup", new XElement("RoslynCompilerType", "Custom")));
        build.Save(solution.PathOf("Directory.Build.props"));
    }
}
