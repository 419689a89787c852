using ArchTemplates.Generator.Tests.Diagnostics;

namespace ArchTemplates.Generator.Tests.Evidence;

/// <summary>
/// What the code shows verifies what is declared, and adds what is not: HTTP calls matched with another container's
/// endpoints, MassTransit messages matched with their consumers, databases matched by provider.
/// </summary>
public sealed class InteractionEvidenceTests
{
    private const string Yaml = "title: Sensors\n";

    private const string Analytics = """
        [assembly: ArchTemplates.Container("Analytics")]
        namespace Acme.Analytics
        {
            using Microsoft.AspNetCore.Builder;

            public static class Endpoints
            {
                public static void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app) => app.MapGet("/trends/{sensor}", () => "[]");
            }

            [Microsoft.AspNetCore.Mvc.Route("api/[controller]")]
            public sealed class AlertsController : Microsoft.AspNetCore.Mvc.ControllerBase
            {
                [Microsoft.AspNetCore.Mvc.HttpGet("{id}")]
                public string Get(int id) => "alert";
            }
        }
        """ + LibraryStubs.AspNetCore;

    private static GeneratorRun RunGateway(string gateway, string yaml = Yaml, string packages = "")
        => new GeneratorHarness().WithYaml(yaml)
            .WithProjectReference(new TestProject("Acme.Analytics", "src/services/analytics", string.Empty, Analytics))
            .WithProjectReference(new TestProject("Acme.Gateway", "src/services/gateway", packages, gateway))
            .Run();

    private static string Gateway(string relationship, string members, string usings = "") => $$"""
        {{usings}}
        [assembly: ArchTemplates.Container("Gateway")]
        {{relationship}}
        namespace Acme.Gateway
        {
            [ArchTemplates.Component("Trend Client")]
            public sealed class TrendClient(System.Net.Http.HttpClient http)
            {
                private const string Trends = "/trends";
        {{members}}
            }
        }
        """;

    [Fact]
    public void A_constant_route_that_another_container_maps_verifies_the_declared_relationship()
    {
        var run = RunGateway(Gateway(
            "[assembly: ArchTemplates.Relationship(\"Analytics\", \"Reads trends from\")]",
            "public System.Threading.Tasks.Task<string> Load() => http.GetStringAsync($\"{Trends}/sensor-7?days=3\");"));

        DiagnosticAssertions.AssertNoCrash(run);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Gateway → Analytics: Reads trends from — verified in code", run.Document(), StringComparison.Ordinal);
        Assert.Contains("1 verified (declared and found in the code), 0 declared only, 0 inferred from the code", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_routed_action_matches_an_absolute_url_and_an_undeclared_call_is_inferred()
    {
        var run = RunGateway(Gateway(
            string.Empty,
            "public System.Threading.Tasks.Task Load() => http.GetAsync(new System.Uri(\"http://analytics/api/alerts/12\"));"));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("- Gateway → Analytics: Calls GET /api/Alerts/{id} on (HTTP)", run.Document(), StringComparison.Ordinal);
        Assert.Contains("Rel(e_gateway, e_analytics, \"Calls GET /api/Alerts/{id} on\", \"HTTP\")\n    UpdateRelStyle(e_gateway, e_analytics, $textColor=\"#1565c0\"", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_message_with_a_constant_method_and_route_is_a_call()
    {
        var run = RunGateway(Gateway(
            string.Empty,
            "public System.Threading.Tasks.Task Load() => http.SendAsync(new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, Trends + \"/7\"));"));

        Assert.Contains("- Gateway → Analytics: Calls GET /trends/{sensor} on (HTTP)", run.Document(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public System.Threading.Tasks.Task<string> Load(string sensor) => http.GetStringAsync(Trends + \"/\" + sensor);")]
    [InlineData("public System.Threading.Tasks.Task<string> Load() => http.GetStringAsync(\"/forecasts/7\");")]
    [InlineData("public System.Threading.Tasks.Task Load() => http.DeleteAsync(\"/trends/7\");")]
    public void A_route_the_compiler_cannot_know_or_no_endpoint_serves_verifies_nothing_and_is_ARCH207_at_the_attribute(string members)
    {
        var run = RunGateway(Gateway("[assembly: ArchTemplates.Relationship(\"Analytics\", \"Reads trends from\")]", members));

        var diagnostic = DiagnosticAssertions.Single(run, "ARCH207", "/repo/src/services/gateway/File0.cs", 3);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(
            "The relationship Gateway → Analytics ('Reads trends from') is declared, but the code does not show it: it has no HTTP call in Gateway's code to an endpoint of Analytics, and no message that Gateway publishes or sends and Analytics consumes.",
            DiagnosticAssertions.Message(diagnostic),
            StringComparison.Ordinal);
        Assert.Contains("but it does not (ARCH207):\n\n- Gateway → Analytics: Reads trends from\n", run.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("Calls GET", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARCH207_for_a_relationship_in_architecture_yml_points_at_its_line()
    {
        var run = RunGateway(
            Gateway(string.Empty, string.Empty),
            "title: Sensors\nrelationships:\n  - from: Gateway\n    to: Analytics\n    description: Reads trends from\n");

        DiagnosticAssertions.Single(run, "ARCH207", GeneratorHarness.YamlPath, 3);
    }

    [Fact]
    public void A_relationship_marked_as_one_code_cannot_show_is_not_flagged_whether_declared_in_code_or_yml()
    {
        var inCode = RunGateway(Gateway(
            "[assembly: ArchTemplates.Relationship(\"Analytics\", \"Reads trends from\", Evidence = ArchTemplates.Evidence.None)]",
            string.Empty));
        var inYaml = RunGateway(
            Gateway(string.Empty, string.Empty),
            "title: Sensors\nrelationships:\n  - from: Gateway\n    to: Analytics\n    description: Reads trends from\n    evidence: none\n");

        foreach (var run in new[] { inCode, inYaml })
        {
            DiagnosticAssertions.AssertNoCrash(run);
            Assert.Empty(run.Diagnostics);
            Assert.Contains("- Gateway → Analytics: Reads trends from\n", run.Document(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Relationships_with_people_external_systems_or_only_components_are_neither_verified_nor_flagged()
    {
        const string yaml = """
            title: Sensors
            people:
              - name: Operator
            externalSystems:
              - name: Mail
            relationships:
              - from: Operator
                to: Gateway
                description: Reviews trends with
              - from: Gateway
                to: Mail
                description: Sends reports through
              - from: Trend Client
                to: Trend Cache
                description: Caches trends in
            components:
              - name: Trend Cache
                container: Gateway
            """;

        var run = RunGateway(Gateway(string.Empty, string.Empty), yaml);

        Assert.Empty(run.Diagnostics);
        Assert.Contains("0 verified (declared and found in the code), 3 declared only, 0 inferred from the code", run.Document(), StringComparison.Ordinal);
        Assert.DoesNotContain("(ARCH207):", run.Document(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_wins_over_what_the_code_shows_for_the_same_pair()
    {
        var run = RunGateway(Gateway(
            "[assembly: ArchTemplates.Relationship(\"Analytics\", \"Reads trends from\")]",
            """
                    public System.Threading.Tasks.Task<string> Load() => http.GetStringAsync("/trends/1");
                    public System.Threading.Tasks.Task<string> Alert() => http.GetStringAsync("/api/alerts/1");
            """));

        var relationships = run.Document().Split('\n').Where(line => line.StartsWith("    Rel(e_gateway, e_analytics", StringComparison.Ordinal)).ToList();
        Assert.Single(relationships.Distinct());
        Assert.DoesNotContain("Calls GET", run.Document(), StringComparison.Ordinal);
    }
}
