using System.Security.Cryptography;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>After day one: adding a service to a scaffolded solution, and adopting the generator in an existing solution.</summary>
[Collection(PackagesGroup.Name)]
public sealed class DayTwoTests(PackagesFixture packages)
{
    [Fact]
    public void Archservice_adds_an_annotated_service_to_the_solution_and_the_next_document_shows_it()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--services", "gateway", "--deploy", "none", "--tests", "false", "--ci", "none");

        var result = packages.DotnetNew(solution.Root, "archservice", "-n", "Billing", "--description", "Invoices customers for their sensors").EnsureSuccess();

        Assert.DoesNotContain("rror", result.Output, StringComparison.Ordinal);
        Baseline.Verify("archservice-billing", Baseline.FileList(solution.PathOf("src", "services", "billing")));
        Assert.Contains("src/services/billing/Billing.csproj", File.ReadAllText(solution.PathOf("Acme.Sensors.slnx")), StringComparison.Ordinal);
        packages.DotnetNew(solution.Root, "archservice", "-n", "Shipping").EnsureSuccess();

        solution.Build().EnsureSuccess();

        var document = ArchitectureDocument.Load(solution.DocumentPath);
        Assert.Equal(["Billing", "Database", "Gateway", "Shipping"], document.Containers().Order(StringComparer.Ordinal));
        Assert.Contains("#### Billing\n\nInvoices customers for their sensors", document.Section("### Component View"), StringComparison.Ordinal);
        Assert.Contains("#### Shipping\n\nThe Shipping service", document.Section("### Component View"), StringComparison.Ordinal);
        Assert.Contains("| Billing Worker |", document.Section("### Component View"), StringComparison.Ordinal);
        Assert.Contains("── billing/", document.Section("## Project Structure"), StringComparison.Ordinal);
    }

    [Fact]
    public void Archdoc_adopts_an_existing_solution_without_changing_its_projects()
    {
        using var directory = new TempDirectory("existing");

        // A '#' in the path ("C#") would cut the paths the generator reads short if they were not encoded.
        var root = Directory.CreateDirectory(directory.Combine("C# apps", "Legacy")).FullName;
        WriteExistingSolution(root);
        var before = Hashes(root);

        packages.DotnetNew(root, "archdoc", "--title", "Legacy Platform").EnsureSuccess();
        packages.UseTestFeed(root);

        var created = Baseline.FileList(root).Where(file => !before.ContainsKey(file) && file != "nuget.config").ToList();
        Baseline.Verify("archdoc", created);
        var after = Hashes(root);
        Assert.All(before.Keys.Where(file => file != "Legacy.slnx"), file => Assert.Equal(before[file], after[file]));
        Assert.Contains("src/Legacy.Architecture/Legacy.Architecture.csproj", File.ReadAllText(Path.Combine(root, "Legacy.slnx")), StringComparison.Ordinal);

        ProcessRunner.Dotnet(root, "build", "-warnaserror").EnsureSuccess();

        var document = ArchitectureDocument.Load(Path.Combine(root, "docs", "architecture.md"));
        Assert.StartsWith("# Architecture for Legacy Platform\n", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("TODO", document.Text, StringComparison.Ordinal);
        var structure = document.Section("## Project Structure");
        Assert.Contains("── Legacy.App/", structure, StringComparison.Ordinal);
        Assert.Contains("── Legacy.Core/", structure, StringComparison.Ordinal);
        Assert.Matches(@"── Legacy\.Architecture/ +# Legacy\.Architecture\n", structure);
        Assert.All(before.Keys.Where(file => file != "Legacy.slnx"), file => Assert.Equal(before[file], Hashes(root)[file]));

        var (valid, errors) = JsonSchemaCheck.Validate(Path.Combine(root, "architecture.schema.json"), YamlJson.Convert(File.ReadAllText(Path.Combine(root, "architecture.yml"))));
        Assert.True(valid, string.Join("\n", errors));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void Archdoc_builds_in_a_solution_with_central_package_management(bool overridesEnabled, bool generatorPinnedCentrally)
    {
        using var directory = new TempDirectory("existing-cpm");
        var root = Directory.CreateDirectory(directory.Combine("Legacy")).FullName;
        WriteExistingSolution(root);
        var generatorPin = generatorPinnedCentrally ? $"<PackageVersion Include=\"ArchTemplates.Generator\" Version=\"{packages.Version}\" />" : string.Empty;
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                <CentralPackageVersionOverrideEnabled>{(overridesEnabled ? "true" : "false")}</CentralPackageVersionOverrideEnabled>
              </PropertyGroup>
              <ItemGroup>
                {generatorPin}
              </ItemGroup>
            </Project>
            """);

        packages.DotnetNew(root, "archdoc", "--title", "Legacy Platform").EnsureSuccess();
        packages.UseTestFeed(root);
        ProcessRunner.Dotnet(root, "build", "-warnaserror").EnsureSuccess();

        Assert.StartsWith("# Architecture for Legacy Platform\n", File.ReadAllText(Path.Combine(root, "docs", "architecture.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_of_architecture_yml_is_the_same_in_both_templates_that_ship_it()
        => Assert.Equal(
            File.ReadAllText(Path.Combine(Repository.TemplatesDirectory, "archsolution", "architecture.schema.json")),
            File.ReadAllText(Path.Combine(Repository.TemplatesDirectory, "archdoc", "architecture.schema.json")));

    /// <summary>A small solution that knows nothing of ArchTemplates: a library, an app and a solution file.</summary>
    private static void WriteExistingSolution(string root)
    {
        var core = Directory.CreateDirectory(Path.Combine(root, "src", "Legacy.Core")).FullName;
        var app = Directory.CreateDirectory(Path.Combine(root, "src", "Legacy.App")).FullName;
        File.WriteAllText(Path.Combine(core, "Legacy.Core.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(core, "Greeting.cs"), """
            namespace Legacy.Core;

            public static class Greeting
            {
                public static string Hello(string name) => $"Hello, {name}";
            }
            """);
        File.WriteAllText(Path.Combine(app, "Legacy.App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Legacy.Core/Legacy.Core.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Legacy.Core.Greeting.Hello(\"world\"));\n");
        File.WriteAllText(Path.Combine(root, "Legacy.slnx"), """
            <Solution>
              <Folder Name="/src/">
                <Project Path="src/Legacy.App/Legacy.App.csproj" />
                <Project Path="src/Legacy.Core/Legacy.Core.csproj" />
              </Folder>
            </Solution>
            """);
    }

    private static Dictionary<string, string> Hashes(string root)
        => Baseline.FileList(root)
            .Where(file => !file.Split('/').Any(part => part is "bin" or "obj"))
            .ToDictionary(file => file, file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, file)))));
}
