using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace ArchTemplates.EndToEnd.Tests.RealServers;

/// <summary>
/// The default scaffold's four services as separate processes, as <c>--style microservices</c> deploys them, on the
/// production configuration: Debian's RabbitMQ and PostgreSQL, started for the test on loopback. A reading over a
/// threshold posted to the gateway reaches the processor through the broker and is stored with its alert in
/// PostgreSQL, the alert reaches the notifier, and analytics serves the summary of the stored readings. A reading
/// accepted while the processor is down waits in its queue until it is back. With the broker down the gateway answers
/// 503 problem details and stays healthy.
/// </summary>
[Collection(PackagesGroup.Name)]
public sealed partial class MicroservicesOnRealServersTests(PackagesFixture packages)
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_hot_reading_travels_through_rabbitmq_into_postgresql_and_to_the_notifier_waits_out_a_stopped_processor_and_without_the_broker_gets_503()
    {
        var root = BuiltScaffold.Default(packages).Solution.Root;
        using var database = PostgresServer.Start();
        var broker = RabbitMqServer.Start();
        ServiceProcess? processor = null;
        try
        {
            var settings = broker.ServiceSettings.Concat(database.ServiceSettings)
                .Append(KeyValuePair.Create("Analytics__Interval", "00:00:02"))
                .ToDictionary();
            processor = ServiceProcess.Start(root, "src/services/processor", web: false, settings);
            using var notifier = ServiceProcess.Start(root, "src/services/notifier", web: false, settings);
            using var analytics = ServiceProcess.Start(root, "src/services/analytics", web: true, settings);
            using var gateway = ServiceProcess.Start(root, "src/services/gateway", web: true, settings);
            await processor.WaitForAsync(BusStarted(), Startup);
            await notifier.WaitForAsync(BusStarted(), Startup);
            using var client = new HttpClient { BaseAddress = await gateway.AddressAsync(Startup), Timeout = TimeSpan.FromSeconds(30) };
            using var trends = new HttpClient { BaseAddress = await analytics.AddressAsync(Startup), Timeout = TimeSpan.FromSeconds(30) };

            using var accepted = await client.PostAsync("/readings", Reading(temperature: 41.3));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

            var alerts = await EventuallyAsync(() => AlertsAsync(database.ConnectionString), rows => rows.Count > 0, "an alert row in PostgreSQL", processor);
            Assert.Equal([("sensor-42", "temperature", 41.3, 35.0)], alerts);
            Assert.Equal(1L, await ScalarAsync(database.ConnectionString, "SELECT count(*) FROM \"Readings\""));
            await notifier.WaitForAsync(AlertDelivered(), Delivery);

            var summary = await EventuallyAsync(() => TrendsAsync(trends), found => found is { } json && json.GetProperty("count").GetInt32() == 1, "a summary of one reading", analytics);
            Assert.Equal(41.3, summary!.Value.GetProperty("max_temperature").GetDouble());

            // A reading the broker took while the processor was down is processed once it is back: its queue kept it.
            processor.Dispose();
            using var queued = await client.PostAsync("/readings", Reading(temperature: 42.5));
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            processor = ServiceProcess.Start(root, "src/services/processor", web: false, settings);
            alerts = await EventuallyAsync(() => AlertsAsync(database.ConnectionString), rows => rows.Count > 1, "the queued reading's alert in PostgreSQL", processor);
            Assert.Equal([("sensor-42", "temperature", 41.3, 35.0), ("sensor-42", "temperature", 42.5, 35.0)], alerts.Order());

            // The broker goes away: the gateway cannot hand a reading on, says so, and stays up.
            broker.Dispose();
            using var refused = await client.PostAsync("/readings", Reading(temperature: 21.5));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            processor?.Dispose();
            broker.Dispose();
        }
    }

    private static StringContent Reading(double temperature)
        => new(
            $$"""
            {
              "sensor_id": "sensor-42",
              "timestamp": "{{DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}",
              "readings": { "temperature": {{temperature.ToString(CultureInfo.InvariantCulture)}}, "pressure": 1013.2, "humidity": 45 },
              "metadata": { "location": "Plant 1, hall B", "calibration_date": "2025-12-01T00:00:00Z" }
            }
            """,
            Encoding.UTF8,
            "application/json");

    private static async Task<List<(string SensorId, string Measurement, double Value, double Threshold)>> AlertsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"SensorId\", \"Measurement\", \"Value\", \"Threshold\" FROM \"Alerts\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, double, double)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3)));
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(string connectionString, string query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The latest summary analytics serves, or null while it has none (404).</summary>
    private static async Task<JsonElement?> TrendsAsync(HttpClient analytics)
    {
        using var response = await analytics.GetAsync("/trends");
        return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : null;
    }

    /// <summary>Asks until the answer is <paramref name="done"/> (a table may not exist before the first service creates it).</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> ask, Func<T, bool> done, string what, ServiceProcess responsible)
    {
        var deadline = DateTime.UtcNow + Delivery;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var answer = await ask();
                if (done(answer))
                {
                    return answer;
                }
            }
            catch (PostgresException exception)
            {
                last = exception;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw Xunit.Sdk.FailException.ForFailure($"No {what} within {Delivery.TotalSeconds:0} seconds ({last?.Message}). {responsible.Name} printed:\n{responsible.Log}");
    }

    [GeneratedRegex(@"Bus started: rabbitmq://")]
    private static partial Regex BusStarted();

    [GeneratedRegex(@"ALERT sensor-42: temperature 41\.3 is above the threshold 35 ")]
    private static partial Regex AlertDelivered();
}
