namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// <c>dotnet new archdoc</c> in a layered solution written as teams write one (Fixtures/LayeredShop: an ASP.NET
/// Core minimal API over Application, Domain and Infrastructure with EF Core on SQLite, DI registrations in each
/// layer, a typed HttpClient calling the constant route of an inventory service, and an xUnit test project), with
/// no ArchTemplates attribute anywhere: one build documents its containers, the web app's layers and their
/// dependencies, and the HTTP call between the containers, all marked inferred.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class AdoptionWithoutAnnotationsTests(PackagesFixture packages)
{
    private static readonly string Fixture = Path.Combine(Repository.Root, "tests", "ArchTemplates.EndToEnd.Tests", "Fixtures", "LayeredShop");

    [Fact]
    public void One_build_after_archdoc_documents_the_containers_the_layers_and_their_dependencies_as_inferred_and_a_rule_then_guards_them()
    {
        Assert.All(
            Directory.EnumerateFiles(Fixture, "*", SearchOption.AllDirectories),
            file => Assert.DoesNotContain("ArchTemplates", File.ReadAllText(file), StringComparison.Ordinal));
        using var directory = new TempDirectory("layered");
        var root = Path.Combine(directory.Path, "Shop");
        Copy(Fixture, root);
        packages.UseTestFeed(root);

        packages.DotnetNew(root, "archdoc", "--title", "Shop", "--allow-scripts", "yes").EnsureSuccess();
        ProcessRunner.Dotnet(root, "build", "-warnaserror").EnsureSuccess();

        var documentPath = Path.Combine(root, "docs", "architecture.md");
        var document = ArchitectureDocument.Load(documentPath);
        Assert.Equal(["Database", "Shop.Inventory", "Shop.Web"], document.Containers());
        Assert.Contains("| Database | SQLite | _Inferred from the code that uses it_ |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.Contains("| Shop.Web | ASP.NET Core | _Inferred from its project_ |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.Contains("| Shop.Inventory | ASP.NET Core | _Inferred from its project_ |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.Contains("marked \"inferred\" are not declared", document.Section("### Containers"), StringComparison.Ordinal);

        var web = document.Section("#### Shop.Web");
        Assert.Equal(
            [
                "| Shop.Application | _Inferred from a project reference_ |",
                "| Shop.Domain | _Inferred from a project reference_ |",
                "| Shop.Infrastructure | _Inferred from a project reference_ |",
            ],
            web.Split('\n').Where(line => line.StartsWith("| Shop.", StringComparison.Ordinal)));
        string[] layerDependencies =
        [
            "Shop.Application → Shop.Domain",
            "Shop.Infrastructure → Shop.Application",
            "Shop.Infrastructure → Shop.Domain",
            "Shop.Web → Shop.Application",
            "Shop.Web → Shop.Infrastructure",
        ];
        // The typed HttpClient in Infrastructure calls a route Shop.Inventory maps, and its repository holds the EF Core
        // context: relationships from the container to the other container and to the database no one declared.
        Assert.Equal(
            layerDependencies.Select(dependency => $"- {dependency}: Uses — inferred from code")
                .Append("- Shop.Web → Database: Reads from and writes to (EF Core (SQLite)) — inferred from code")
                .Append("- Shop.Web → Shop.Inventory: Calls GET /inventory/stock on (HTTP) — inferred from code")
                .Order(StringComparer.Ordinal),
            web.Split('\n').Where(line => line.StartsWith("- Shop.", StringComparison.Ordinal)));

        // The test project is built with the solution and referenced by the documentation project, yet is not part of the system.
        Assert.DoesNotContain("Shop.Tests", document.Section("## High-Level Overview"), StringComparison.Ordinal);
        Assert.DoesNotContain("xunit", document.Section("## Technology Table"), StringComparison.Ordinal);
        Assert.Contains("| Microsoft.EntityFrameworkCore.Sqlite | 10.0.15 | Referenced by Shop.Infrastructure |", document.Section("## Technology Table"), StringComparison.Ordinal);

        using var svg = new TempDirectory("layered-svg");
        var blocks = MermaidCheck.AssertEveryBlockRenders(documentPath, svg.Path);
        // One component diagram per container: the two inferred from projects and the inferred database.
        Assert.Equal(["C4Context", "C4Container", "C4Component", "C4Component", "C4Component"], blocks.Select(block => block.Kind));

        // Once the layers show, the team writes the rule they keep: the web project reaches the domain only through
        // the application layer. A use that breaks it fails the build at the offending line, naming the rule.
        const string rule = "The web project goes through the application layer";
        File.AppendAllText(Path.Combine(root, "architecture.yml"), $"\nrules:\n  - name: {rule}\n    from: project:Shop.Web\n    mayNotDependOn: [project:Shop.Domain]\n");
        var program = Path.Combine(root, "src", "Shop.Web", "Program.cs");
        var lines = File.ReadAllLines(program).ToList();
        var violation = lines.IndexOf("app.Run();");
        lines.Insert(violation, "app.MapGet(\"/products/raw\", (Shop.Domain.IProductRepository products, CancellationToken cancellationToken) => products.ListAsync(cancellationToken));");
        File.WriteAllLines(program, lines);

        var broken = ProcessRunner.Dotnet(root, "build", "-warnaserror");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains($"{program}({violation + 1},", broken.Output, StringComparison.Ordinal);
        Assert.Contains("error ARCH203", broken.Output, StringComparison.Ordinal);
        Assert.Contains($"the rule '{rule}' (architecture.yml line ", broken.Output, StringComparison.Ordinal);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
