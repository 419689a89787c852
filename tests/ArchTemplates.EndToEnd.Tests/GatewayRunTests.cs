using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ArchTemplates.EndToEnd.Tests;

/// <summary>The default scaffold's gateway, started with <c>dotnet run</c>, answers on localhost.</summary>
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
        var port = FreePort();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = scaffold.Solution.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--no-build", "--no-launch-profile", "--project", "src/services/gateway", "--urls", $"http://127.0.0.1:{port}" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var key in startInfo.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        var log = new StringBuilder();
        using var gateway = new Process { StartInfo = startInfo };
        gateway.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        gateway.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        gateway.Start();
        gateway.BeginOutputReadLine();
        gateway.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            var health = await WaitUntilUp(client, gateway, log);
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

            using var malformed = await client.PostAsync("/readings", new StringContent("{\"sensor_id\": ", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            gateway.Kill(entireProcessTree: true);
            await gateway.WaitForExitAsync();
        }
    }

    private static async Task<HttpResponseMessage> WaitUntilUp(HttpClient client, Process gateway, StringBuilder log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (gateway.HasExited)
            {
                Assert.Fail($"The gateway exited with {gateway.ExitCode}:\n{log}");
            }

            try
            {
                return await client.GetAsync("/health");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
