using System.Net;
using System.Net.Http.Json;
using Arch_Solution.Template.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Arch_Solution.Template.Tests;

/// <summary>Readings posted to the gateway flow through the message bus to the processor and the database, as the architecture document says.</summary>
public sealed class ReadingPipelineTests(EmbeddedHost host) : IClassFixture<EmbeddedHost>
{
    [Fact]
    public async Task A_reading_over_a_threshold_is_stored_with_its_alert_and_the_alert_is_delivered()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/readings", Samples.Reading(temperature: 41.3, sensorId: "hot-sensor"), ContractSerialization.Options);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.WaitUntilAsync(database => database.Alerts.AnyAsync(alert => alert.SensorId == "hot-sensor"), "the alert is stored");
        var alert = Assert.Single(await host.QueryAsync(database => database.Alerts.Where(alert => alert.SensorId == "hot-sensor").ToListAsync()));
        Assert.Equal(("temperature", 41.3, 35.0), (alert.Measurement, alert.Value, alert.Threshold));
        Assert.Equal(1, await host.QueryAsync(database => database.Readings.CountAsync(reading => reading.SensorId == "hot-sensor")));
#if (hasNotifier)
        await EmbeddedHost.WaitUntilAsync(() => Task.FromResult(host.Deliveries.Delivered.Any(delivery => delivery.Alert.SensorId == "hot-sensor")), "the alert is delivered");
        var delivered = Assert.Single(host.Deliveries.Delivered, delivery => delivery.Alert.SensorId == "hot-sensor");
        Assert.Equal("ALERT hot-sensor: temperature 41.3 is above the threshold 35 at 2026-01-15 12:00:00 UTC", delivered.Message);
#endif
    }

    [Fact]
    public async Task A_normal_reading_is_stored_and_raises_no_alert()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/readings", Samples.Reading(sensorId: "calm-sensor"), ContractSerialization.Options);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.WaitUntilAsync(database => database.Readings.AnyAsync(reading => reading.SensorId == "calm-sensor"), "the reading is stored");
        Assert.False(await host.QueryAsync(database => database.Alerts.AnyAsync(alert => alert.SensorId == "calm-sensor")));
#if (hasNotifier)
        Assert.DoesNotContain(host.Deliveries.Delivered, delivery => delivery.Alert.SensorId == "calm-sensor");
#endif
    }
}
