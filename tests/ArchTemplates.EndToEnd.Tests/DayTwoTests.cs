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
        // A gateway-only solution has no database: no chosen service uses one.
        Assert.Equal(["Billing", "Gateway", "Shipping"], document.Containers().Order(StringComparer.Ordinal));
        Assert.Contains("#### Billing\n\nInvoices customers for their sensors", document.Section("### Component View"), StringComparison.Ordinal);
        Assert.Contains("#### Shipping\n\nThe Shipping service", document.Section("### Component View"), StringComparison.Ordinal);
        Assert.Contains("| Billing Worker |", document.Section("### Component View"), StringComparison.Ordinal);
        Assert.Contains("── billing/", document.Section("## Project Structure"), StringComparison.Ordinal);
    }

    [Fact]
    public void Archadr_adds_the_next_numbered_record_and_the_next_document_lists_it_with_its_elements()
    {
        using var solution = packages.Scaffold("Acme.Sensors", "--services", "gateway", "--deploy", "none", "--tests", "false", "--ci", "none");
        var adr = solution.PathOf("docs", "adr");
        Assert.Equal(["0001-record-architecture-decisions.md", "0002-exchange-readings-and-alerts-as-messages.md"], Baseline.FileList(adr));

        var result = packages.DotnetNew(solution.Root, "archadr", "-n", "Use RabbitMQ for readings", "--status", "accepted", "--elements", "Gateway, Readings Endpoint", "--allow-scripts", "yes").EnsureSuccess();
        packages.DotnetNew(solution.Root, "archadr", "-n", "Keep readings for a year?", "--allow-scripts", "yes").EnsureSuccess();

        Assert.Contains("Added docs/adr/0003-use-rabbitmq-for-readings.md", result.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["0001-record-architecture-decisions.md", "0002-exchange-readings-and-alerts-as-messages.md", "0003-use-rabbitmq-for-readings.md", "0004-keep-readings-for-a-year.md"],
            Baseline.FileList(adr));
        var record = File.ReadAllText(Path.Combine(adr, "0003-use-rabbitmq-for-readings.md"));
        Assert.StartsWith($"---\nstatus: accepted\ndate: {DateTime.Now:yyyy-MM-dd}\nelements: [Gateway, Readings Endpoint]\n---\n\n# Use RabbitMQ for readings\n", record.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        solution.Build().EnsureSuccess();

        var decisions = ArchitectureDocument.Load(solution.DocumentPath).Section("## Architecture Decisions");
        Assert.Contains("| ADR-0003 | Use RabbitMQ for readings (`docs/adr/0003-use-rabbitmq-for-readings.md`) | accepted |", decisions, StringComparison.Ordinal);
        Assert.Contains("| ADR-0004 | Keep readings for a year? (`docs/adr/0004-keep-readings-for-a-year.md`) | proposed |", decisions, StringComparison.Ordinal);
        Assert.Contains("- Readings Endpoint: ADR-0002 Exchange readings and alerts as messages, ADR-0003 Use RabbitMQ for readings", decisions, StringComparison.Ordinal);
    }

    [Fact]
    public void Archdoc_declined_adoption_changes_no_existing_file_but_the_solution_and_says_how_to_adopt()
    {
        using var directory = new TempDirectory("existing");

        // A '#' in the path ("C#") would cut the paths the generator reads short if they were not encoded.
        var root = Directory.CreateDirectory(directory.Combine("C# apps", "Legacy")).FullName;
        WriteExistingSolution(root);
        var before = Hashes(root);

        // dotnet new exits with 105 when a post action may not run, after creating everything else.
        var result = packages.DotnetNew(root, "archdoc", "--title", "Legacy Platform", "--allow-scripts", "no");
        packages.UseTestFeed(root);

        Assert.Contains("was created successfully", result.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet msbuild src/Legacy.Architecture/Legacy.Architecture.csproj -t:ArchDocsAdoptProjects", result.Output, StringComparison.Ordinal);
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
        // A folder named as its project gets no comment repeating that name.
        Assert.Contains("── Legacy.Architecture/\n", structure, StringComparison.Ordinal);
        Assert.All(before.Keys.Where(file => file != "Legacy.slnx"), file => Assert.Equal(before[file], Hashes(root)[file]));

        var (valid, errors) = JsonSchemaCheck.Validate(Path.Combine(root, "architecture.schema.json"), YamlJson.Convert(File.ReadAllText(Path.Combine(root, "architecture.yml"))));
        Assert.True(valid, string.Join("\n", errors));
    }

    [Fact]
    public void Archdoc_wires_every_project_so_the_first_build_lists_the_packages_of_all_of_them()
    {
        using var directory = new TempDirectory("adopt");
        var root = Directory.CreateDirectory(directory.Combine("Shop")).FullName;
        // Shop.Core and Shop.App: no Directory.*.props, versions in the project files.
        WriteProject(root, "src/Shop.Core/Shop.Core.csproj", "<PackageReference Include=\"YamlDotNet\" Version=\"16.3.0\" />");
        WriteProject(root, "src/Shop.App/Shop.App.csproj", "<PackageReference Include=\"Microsoft.Extensions.Hosting\" Version=\"10.0.0\" />\n    <ProjectReference Include=\"../Shop.Core/Shop.Core.csproj\" />");
        // Shop.Billing: its own Directory.Build.props and Directory.Packages.props (Central Package Management).
        Directory.CreateDirectory(Path.Combine(root, "billing"));
        File.WriteAllText(Path.Combine(root, "billing", "Directory.Build.props"), "<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(root, "billing", "Directory.Packages.props"), """
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                <CentralPackageVersionOverrideEnabled>false</CentralPackageVersionOverrideEnabled>
              </PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="DiffPlex" Version="1.9.0" />
              </ItemGroup>
            </Project>
            """);
        WriteProject(root, "billing/Shop.Billing/Shop.Billing.csproj", "<PackageReference Include=\"DiffPlex\" />");
        File.WriteAllText(Path.Combine(root, "Shop.slnx"), """
            <Solution>
              <Project Path="billing/Shop.Billing/Shop.Billing.csproj" />
              <Project Path="src/Shop.App/Shop.App.csproj" />
              <Project Path="src/Shop.Core/Shop.Core.csproj" />
            </Solution>
            """);
        packages.UseTestFeed(root);

        var result = packages.DotnetNew(root, "archdoc", "--title", "Shop", "--allow-scripts", "yes").EnsureSuccess();
        Assert.DoesNotContain("failed", result.Output, StringComparison.OrdinalIgnoreCase);
        ProcessRunner.Dotnet(root, "build", "-warnaserror").EnsureSuccess();

        var table = ArchitectureDocument.Load(Path.Combine(root, "docs", "architecture.md")).Section("## Technology Table");
        Assert.Contains("| YamlDotNet | 16.3.0 | Referenced by Shop.Core |", table, StringComparison.Ordinal);
        Assert.Contains("| Microsoft.Extensions.Hosting | 10.0.0 | Referenced by Shop.App |", table, StringComparison.Ordinal);
        Assert.Contains("| DiffPlex | 1.9.0 | Referenced by Shop.Billing |", table, StringComparison.Ordinal);
        // Under Central Package Management the version is pinned centrally, elsewhere in the project.
        Assert.Contains($"<PackageVersion Include=\"ArchTemplates.Generator\" Version=\"{packages.Version}\" />", File.ReadAllText(Path.Combine(root, "billing", "Directory.Packages.props")), StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"ArchTemplates.Generator\" />", File.ReadAllText(Path.Combine(root, "billing", "Shop.Billing", "Shop.Billing.csproj")), StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"ArchTemplates.Generator\" Version=\"{packages.Version}\" />", File.ReadAllText(Path.Combine(root, "src", "Shop.Core", "Shop.Core.csproj")), StringComparison.Ordinal);

        // Run again, it finds nothing left to do.
        var again = ProcessRunner.Dotnet(root, "msbuild", "src/Shop.Architecture", "-t:ArchDocsAdoptProjects").EnsureSuccess();
        Assert.Contains("Every project references ArchTemplates.Generator already.", again.Output, StringComparison.Ordinal);
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

        packages.UseTestFeed(root);
        packages.DotnetNew(root, "archdoc", "--title", "Legacy Platform", "--allow-scripts", "yes").EnsureSuccess();
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

    private static void WriteProject(string root, string path, string items)
    {
        var file = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    private static Dictionary<string, string> Hashes(string root)
        => Baseline.FileList(root)
            .Where(file => !file.Split('/').Any(part => part is "bin" or "obj"))
            .ToDictionary(file => file, file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, file)))));
}
