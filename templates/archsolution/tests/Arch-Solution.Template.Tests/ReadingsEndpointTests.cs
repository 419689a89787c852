using System.Net;
using System.Text;
using System.Text.Json;

namespace Arch_Solution.Template.Tests;

/// <summary>Bad input gets 400 problem details that name each invalid field, in every environment.</summary>
public sealed class ReadingsEndpointTests(EmbeddedHost host) : IClassFixture<EmbeddedHost>
{
    [Theory]
    [InlineData("{\"sensor_id\": ", "body")]
    [InlineData("[1, 2]", "body")]
    [InlineData("{\"sensor_id\": 42, \"timestamp\": \"noon\", \"readings\": {\"temperature\": \"warm\", \"pressure\": 1013, \"humidity\": 45}}", "readings.temperature, sensor_id, timestamp")]
    [InlineData("{\"readings\": {\"pressure\": -5}}", "readings.humidity, readings.pressure, readings.temperature, sensor_id, timestamp")]
    public async Task Bad_input_is_answered_with_problem_details_naming_each_invalid_field(string body, string fields)
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/readings", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(fields, string.Join(", ", problem.RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal)));
    }
}
