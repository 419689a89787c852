using System.Net;

namespace Arch_Solution.Template.Tests;

/// <summary>The host starts with every service and answers its health check.</summary>
public sealed class HealthTests(EmbeddedHost host) : IClassFixture<EmbeddedHost>
{
    [Fact]
    public async Task The_host_starts_and_answers_its_health_check()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
