namespace ArchTemplates.Generator.Tests.Scenarios;

/// <summary>
/// A solution whose projects declare nothing still gets containers, components and relationships, inferred from
/// what each project builds and the projects it references; declarations win, and test projects play no part.
/// </summary>
public sealed class ProjectInferenceTests
{
    private const string Yaml = "title: Shop\n";

    private const string Code = "namespace Undeclared { public static class Marker { } }";

    /// <summary>A library whose repository holds an EF Core context.</summary>
    private const string Persistence = """
        namespace Shop.Infrastructure
        {
            public sealed class ShopDbContext : Microsoft.EntityFrameworkCore.DbContext { }

            public sealed class ProductRepository(ShopDbContext database)
            {
                public ShopDbContext Database => database;
            }
        }
        """ + Evidence.LibraryStubs.EntityFramework;

    [Fact]
    public void A_layered_solution_without_declarations_gets_its_web_container_its_layers_and_their_dependencies()
    {
        var run = Layered(new GeneratorHarness().WithYaml(Yaml)).Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Shop.Web"], document.Containers());
        Assert.Contains("| Shop.Web | ASP.NET Core | _Inferred from its project_ |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.Contains("_Inferred: the containers and components marked \"inferred\" are not declared", document.Section("### Containers"), StringComparison.Ordinal);

        var web = document.Section("#### Shop.Web");
        Assert.Contains("_Inferred from the project `Shop.Web`: nothing declares a container for it._", web, StringComparison.Ordinal);
        Assert.Equal(
            ["| Shop.Application | _Inferred from a project reference_ |", "| Shop.Domain | _Inferred from a project reference_ |", "| Shop.Infrastructure | _Inferred from a project reference_ |"],
            web.Split('\n').Where(line => line.StartsWith("| Shop.", StringComparison.Ordinal)));
        Assert.Equal(
            [
                "- Shop.Application → Shop.Domain: Uses — inferred from code",
                "- Shop.Infrastructure → Shop.Application: Uses — inferred from code",
                "- Shop.Infrastructure → Shop.Domain: Uses — inferred from code",
                "- Shop.Web → Shop.Application: Uses — inferred from code",
                "- Shop.Web → Shop.Infrastructure: Uses — inferred from code",
            ],
            web.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("Rel(e_shop_application, e_shop_domain, \"Uses\")", document.MermaidBlock("C4Component", "#### Shop.Web"), StringComparison.Ordinal);
    }

    [Fact]
    public void Everything_inferred_is_marked_inferred_in_the_typed_model()
    {
        var run = Layered(new GeneratorHarness().WithYaml(Yaml)).Run();

        var model = MergedModel(run);
        Assert.Equal(Provenance.Inferred, Assert.Single(model.Containers).Provenance);
        Assert.Equal(3, model.Components.Count);
        Assert.All(model.Components, component => Assert.Equal(Provenance.Inferred, component.Provenance));
        Assert.Equal(5, model.Relationships.Count);
        Assert.All(model.Relationships, relationship => Assert.Equal(Provenance.Inferred, relationship.Provenance));
    }

    [Fact]
    public void A_project_that_declares_its_container_is_left_to_its_declarations_and_the_others_are_still_inferred()
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(Library("Shop.Domain"))
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, "[assembly: ArchTemplates.Container(\"Storefront\", Technology = \"Blazor\")]")
            {
                Kind = "web",
                References = ["Shop.Domain"],
            })
            .WithProjectReference(new TestProject("Shop.Jobs", "src/Shop.Jobs", string.Empty, Code) { Kind = "worker", References = ["Shop.Domain"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Shop.Jobs", "Storefront"], document.Containers());
        Assert.Contains("| Storefront | Blazor |  |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.Contains("| Shop.Jobs | .NET Worker Service | _Inferred from its project_ |", document.Section("### Containers"), StringComparison.Ordinal);

        // The declared container gets nothing inferred; the library is the inferred container's alone.
        Assert.Contains("_No components declared", document.Section("#### Storefront"), StringComparison.Ordinal);
        Assert.DoesNotContain("Uses", document.Section("#### Storefront"), StringComparison.Ordinal);
        Assert.Contains("| Shop.Domain | _Inferred from a project reference_ |", document.Section("#### Shop.Jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_that_declares_its_components_is_not_inferred_and_a_name_taken_by_a_declaration_is_not_reused()
    {
        var run = new GeneratorHarness().WithYaml("title: Shop\ncontainers:\n  - name: Shop.Web\n    description: The storefront\n")
            .WithProjectReference(new TestProject("Shop.Domain", "src/Shop.Domain", string.Empty, "[ArchTemplates.Component(\"Pricing\", Container = \"Shop.Web\")] public sealed class Pricing { }"))
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, Code) { Kind = "web", References = ["Shop.Domain"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Shop.Web"], document.Containers());
        Assert.Contains("| Shop.Web |  | The storefront |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.DoesNotContain("Inferred", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("| Shop.Domain |", document.Text, StringComparison.Ordinal);
        Assert.Contains("| Pricing |  |", document.Section("#### Shop.Web"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_project_is_neither_inferred_nor_a_user_of_its_packages()
    {
        var run = Layered(new GeneratorHarness().WithYaml(Yaml))
            .WithProjectReference(new TestProject("Shop.Tests", "tests/Shop.Tests", "xunit@2.9.3,Microsoft.NET.Test.Sdk@18.0.1", Code)
            {
                Kind = "test",
                References = ["Shop.Web", "Shop.Domain"],
            })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Shop.Web"], document.Containers());
        Assert.DoesNotContain("Shop.Tests", document.Section("## High-Level Overview"), StringComparison.Ordinal);
        Assert.DoesNotContain("xunit", document.Section("## Technology Table"), StringComparison.Ordinal);
        Assert.Contains("| Serilog | 4.0.0 | Referenced by Shop.Web |", document.Section("## Technology Table"), StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_test_project_declares_is_kept_and_its_packages_give_versions_to_declared_technologies()
    {
        var run = new GeneratorHarness().WithYaml("title: Shop\ntesting:\n  frameworks:\n    - name: xUnit\n      package: xunit\n")
            .WithProjectReference(new TestProject("Shop.Tests", "tests/Shop.Tests", "xunit@2.9.3", "[assembly: ArchTemplates.Container(\"Test Suite\")]") { Kind = "test" })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Test Suite"], document.Containers());
        Assert.Contains("| xUnit | 2.9.3 |", document.Section("## Testing Requirements and Framework"), StringComparison.Ordinal);
        Assert.DoesNotContain("xunit", document.Section("## Technology Table"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_held_by_two_containers_is_a_component_of_each_named_with_its_container()
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(Library("Shop.Domain"))
            .WithProjectReference(Library("Shop.Web.Views"))
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, Code) { Kind = "web", References = ["Shop.Domain", "Shop.Web.Views"] })
            .WithProjectReference(new TestProject("Shop.Jobs", "src/Shop.Jobs", string.Empty, Code) { Kind = "worker", References = ["Shop.Domain"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Shop.Jobs", "Shop.Web"], document.Containers());
        var web = document.Section("#### Shop.Web");
        Assert.Contains("| Shop.Domain (Shop.Web) |", web, StringComparison.Ordinal);
        Assert.Contains("| Shop.Web.Views |", web, StringComparison.Ordinal);
        Assert.Contains("- Shop.Web → Shop.Domain (Shop.Web): Uses — inferred from code", web, StringComparison.Ordinal);
        var jobs = document.Section("#### Shop.Jobs");
        Assert.Contains("| Shop.Domain (Shop.Jobs) |", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain("Shop.Web.Views", jobs, StringComparison.Ordinal);
        Assert.Contains("- Shop.Jobs → Shop.Domain (Shop.Jobs): Uses — inferred from code", jobs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transitive_chain_of_libraries_is_held_by_the_container_and_each_link_is_one_relationship()
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(Library("Shop.C"))
            .WithProjectReference(Library("Shop.B", "Shop.C"))
            .WithProjectReference(Library("Shop.A", "Shop.B"))
            .WithProjectReference(Library("Shop.Unused"))
            .WithProjectReference(new TestProject("Shop.Cli", "src/Shop.Cli", string.Empty, Code) { Kind = "console", References = ["Shop.A"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Contains("| Shop.Cli | .NET console |", document.Section("### Containers"), StringComparison.Ordinal);
        var cli = document.Section("#### Shop.Cli");
        Assert.Equal(
            ["- Shop.A → Shop.B: Uses — inferred from code", "- Shop.B → Shop.C: Uses — inferred from code", "- Shop.Cli → Shop.A: Uses — inferred from code"],
            cli.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Shop.Unused", document.Section("## High-Level Overview"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_http_call_in_a_library_of_an_inferred_container_relates_it_to_the_container_that_serves_the_route()
    {
        const string client = """
            namespace Shop.Infrastructure
            {
                public sealed class InventoryClient(System.Net.Http.HttpClient http)
                {
                    public System.Threading.Tasks.Task<string> Stock() => http.GetStringAsync("/inventory/stock");
                }
            }
            """;
        const string inventory = """
            namespace Shop.Inventory
            {
                using Microsoft.AspNetCore.Builder;

                public static class Endpoints
                {
                    public static void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app) => app.MapGet("/inventory/stock", () => "[]");
                }
            }
            """ + Evidence.LibraryStubs.AspNetCore;
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Shop.Infrastructure", "src/Shop.Infrastructure", string.Empty, client))
            .WithProjectReference(new TestProject("Shop.Inventory", "src/Shop.Inventory", string.Empty, inventory) { Kind = "web" })
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, Code) { Kind = "web", References = ["Shop.Infrastructure"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Contains(
            "- Shop.Web → Shop.Inventory: Calls GET /inventory/stock on (HTTP) — inferred from code",
            document.Section("#### Shop.Web"),
            StringComparison.Ordinal);
        Assert.Contains("Rel(e_shop_web, e_shop_inventory, \"Calls GET /inventory/stock on\", \"HTTP\")", document.MermaidBlock("C4Container"), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_that_uses_a_database_none_declares_gets_one_inferred_database_with_the_providers_it_shows()
    {
        const string reports = """
            namespace Shop.Reports
            {
                public sealed class ReportReader(Npgsql.NpgsqlDataSource source)
                {
                    public Npgsql.NpgsqlDataSource Source => source;
                }
            }
            """ + Evidence.LibraryStubs.DatabaseClients;
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Shop.Infrastructure", "src/Shop.Infrastructure", "Microsoft.EntityFrameworkCore.Sqlite@10.0.0", Persistence))
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, Code) { Kind = "web", References = ["Shop.Infrastructure"] })
            .WithProjectReference(new TestProject("Shop.Reports", "src/Shop.Reports", string.Empty, reports) { Kind = "worker" })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Database", "Shop.Reports", "Shop.Web"], document.Containers());
        Assert.Contains("| Database | PostgreSQL, SQLite | _Inferred from the code that uses it_ |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.Contains("_Inferred from the code that uses it: nothing declares a database._", document.Section("#### Database"), StringComparison.Ordinal);
        Assert.Contains("- Shop.Web → Database: Reads from and writes to (EF Core (SQLite)) — inferred from code", document.Section("#### Shop.Web"), StringComparison.Ordinal);
        Assert.Contains("- Shop.Reports → Database: Reads from and writes to (PostgreSQL) — inferred from code", document.Section("#### Shop.Reports"), StringComparison.Ordinal);
        Assert.Contains("ContainerDb(e_database, \"Database\"", document.MermaidBlock("C4Container"), StringComparison.Ordinal);

        var database = Assert.Single(MergedModel(run).Containers, container => container.Name == "Database");
        Assert.Equal((ContainerKind.Database, Provenance.Inferred), (database.Kind, database.Provenance));
    }

    [Fact]
    public void A_declared_database_is_used_and_none_is_inferred()
    {
        var run = new GeneratorHarness().WithYaml(Yaml + "containers:\n  - name: Catalog Store\n    technology: PostgreSQL\n    kind: database\n")
            .WithProjectReference(new TestProject("Shop.Infrastructure", "src/Shop.Infrastructure", string.Empty, Persistence))
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, Code) { Kind = "web", References = ["Shop.Infrastructure"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Equal(["Catalog Store", "Shop.Web"], document.Containers());
        Assert.Contains("- Shop.Web → Catalog Store: Reads from and writes to (EF Core) — inferred from code", document.Section("#### Shop.Web"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deployable_that_references_another_relates_the_two_containers()
    {
        var run = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Shop.Functions", "src/Shop.Functions", string.Empty, Code) { Kind = "functions" })
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, Code) { Kind = "web", References = ["Shop.Functions"] })
            .Run();

        Assert.Empty(run.Diagnostics);
        var document = new ArchitectureDocument(run.Document());
        Assert.Contains("| Shop.Functions | Azure Functions |", document.Section("### Containers"), StringComparison.Ordinal);
        Assert.Contains("Rel(e_shop_web, e_shop_functions, \"Uses\")", document.MermaidBlock("C4Container"), StringComparison.Ordinal);
    }

    [Fact]
    public void Projects_that_do_not_own_the_documentation_or_whose_kind_is_unknown_infer_nothing()
    {
        var unknown = new GeneratorHarness().WithYaml(Yaml)
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", string.Empty, Code) { Kind = string.Empty })
            .Run();
        Assert.Contains("_No containers yet", unknown.Document(), StringComparison.Ordinal);

        var notOwner = Layered(new GeneratorHarness().WithYaml(Yaml)).WithProperty("ArchDocsGenerate", "false").Run();
        Assert.Empty(MergedModel(notOwner).Containers);
    }

    /// <summary>Web → Application, Infrastructure; Infrastructure → Application, Domain; Application → Domain.</summary>
    private static GeneratorHarness Layered(GeneratorHarness harness)
        => harness
            .WithProjectReference(Library("Shop.Domain"))
            .WithProjectReference(Library("Shop.Application", "Shop.Domain"))
            .WithProjectReference(Library("Shop.Infrastructure", "Shop.Application", "Shop.Domain"))
            .WithProjectReference(new TestProject("Shop.Web", "src/Shop.Web", "Serilog@4.0.0", Code)
            {
                Kind = "web",
                References = ["Shop.Application", "Shop.Infrastructure"],
            });

    private static TestProject Library(string name, params string[] references)
        => new(name, "src/" + name, string.Empty, Code) { References = references };

    /// <summary>The merged model the run rendered and emitted.</summary>
    private static Model.ArchitectureModel MergedModel(GeneratorRun run)
        => (Model.ArchitectureModel)Assert.Single(Assert.Single(run.Result.Results.Single().TrackedSteps[TrackingNames.Model]).Outputs).Value;
}
