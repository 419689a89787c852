using System.Net;
using System.Text.Json;
using Arch_Solution.Template.Infrastructure;

namespace Arch_Solution.Template.Tests;

/// <summary>Analytics summarises the stored readings on its schedule and serves the summary over HTTP.</summary>
public sealed class TrendsEndpointTests(EmbeddedHost host) : IClassFixture<EmbeddedHost>
{
    [Fact]
    public async Task The_readings_stored_in_the_last_hour_are_summarised_and_served()
    {
        using var client = host.CreateClient();
        var now = DateTimeOffset.UtcNow;
        await host.QueryAsync(database =>
        {
            database.Readings.AddRange(
                StoredReading.From(Samples.Reading(temperature: 20, humidity: 40, timestamp: now.AddMinutes(-30))),
                StoredReading.From(Samples.Reading(temperature: 24, humidity: 50, timestamp: now.AddMinutes(-10))),
                StoredReading.From(Samples.Reading(temperature: 90, timestamp: now.AddHours(-3))));
            return database.SaveChangesAsync();
        });

        JsonElement summary = default;
        await EmbeddedHost.WaitUntilAsync(
            async () =>
            {
                using var response = await client.GetAsync("/trends");
                summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                return response.StatusCode == HttpStatusCode.OK && summary.GetProperty("count").GetInt32() == 2;
            },
            "GET /trends serves the summary of the two readings of the last hour");

        Assert.Equal((22.0, 20.0, 24.0, 45.0), (summary.GetProperty("mean_temperature").GetDouble(), summary.GetProperty("min_temperature").GetDouble(), summary.GetProperty("max_temperature").GetDouble(), summary.GetProperty("mean_humidity").GetDouble()));
    }
}
