using System.Net;
using System.Text;
using System.Text.Json;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>
/// The default scaffold's gateway, started with <c>dotnet run</c> (Development, the embedded in-memory transport),
/// answers on localhost: 202 for a valid reading, 400 problem details naming each invalid field, 413 for an oversized body.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed class GatewayRunTests(PackagesFixture packages)
{
    private const string ValidReading = """
        {
          "sensor_id": "sensor-42",
          "timestamp": "2026-01-15T12:00:00Z",
          "readings": { "temperature": 21.5, "pressure": 1013.2, "humidity": 45 },
          "metadata": { "location": "Plant 1, hall B", "calibration_date": "2025-12-01T00:00:00Z" }
        }
        """;

    [Fact]
    public async Task The_gateway_runs_and_answers_health_a_valid_reading_and_an_invalid_one()
    {
        var scaffold = BuiltScaffold.Default(packages);
        using var gateway = ServiceProcess.Start(scaffold.Solution.Root, "src/services/gateway", web: true);
        using var client = new HttpClient { BaseAddress = await gateway.AddressAsync(TimeSpan.FromSeconds(60)), Timeout = TimeSpan.FromSeconds(10) };
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("healthy", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        using var accepted = await client.PostAsync("/readings", new StringContent(ValidReading, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var acknowledgement = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("sensor-42", acknowledgement.GetProperty("sensor_id").GetString());
        Assert.True(acknowledgement.TryGetProperty("received_at", out _), acknowledgement.ToString());

        var invalid = ValidReading.Replace("\"sensor_id\": \"sensor-42\",", "", StringComparison.Ordinal).Replace("\"humidity\": 45", "\"humidity\": 150", StringComparison.Ordinal);
        using var rejected = await client.PostAsync("/readings", new StringContent(invalid, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(["readings.humidity", "sensor_id"], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));

        // Under dotnet run the environment is Development: malformed JSON is a 400 all the same, naming the body.
        using var malformed = await client.PostAsync("/readings", new StringContent("{\"sensor_id\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["body"], JsonDocument.Parse(await malformed.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name));

        var mistyped = ValidReading.Replace("\"temperature\": 21.5", "\"temperature\": \"warm\"", StringComparison.Ordinal).Replace("\"timestamp\": \"2026-01-15T12:00:00Z\",", "", StringComparison.Ordinal);
        using var wrongTypes = await client.PostAsync("/readings", new StringContent(mistyped, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongTypes.StatusCode);
        Assert.Equal(["readings.temperature", "timestamp"], JsonDocument.Parse(await wrongTypes.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));

        var oversized = ValidReading.Replace("Plant 1, hall B", new string('x', 70 * 1024), StringComparison.Ordinal);
        using var tooLarge = await client.PostAsync("/readings", new StringContent(oversized, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
    }
}
