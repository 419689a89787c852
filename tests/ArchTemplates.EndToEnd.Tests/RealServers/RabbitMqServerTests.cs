using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace ArchTemplates.EndToEnd.Tests.RealServers;

public sealed class RabbitMqServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_started_broker_takes_a_message_through_its_connection_string_refuses_a_wrong_password_and_stops_leaving_nothing()
    {
        var server = RabbitMqServer.Start();
        try
        {
            output.WriteLine($"RabbitMQ started in {server.StartTime.TotalSeconds:F1} s");
            Assert.Equal($"amqp://archtemplates:{server.Password}@127.0.0.1:{server.Port}/sensors", server.ConnectionString);
            Assert.Equal(new Dictionary<string, string> { ["Messaging__Transport"] = "RabbitMq", ["ConnectionStrings__Broker"] = server.ConnectionString }, server.ServiceSettings);

            Assert.Equal("reading 42", await RoundTripAsync(server.ConnectionString, "reading 42"));

            var wrongPassword = server.ConnectionString.Replace(server.Password, "wrong", StringComparison.Ordinal);
            var refused = await Assert.ThrowsAsync<BrokerUnreachableException>(() => RoundTripAsync(wrongPassword, "never delivered"));
            Assert.IsType<AuthenticationFailureException>(refused.InnerException);

            ServerShutdown.AssertLeavesNothing(server, server.Port, server.DistributionPort, server.EpmdPort);
        }
        finally
        {
            server.Dispose();
        }
    }

    [Fact]
    public void A_broker_that_cannot_listen_fails_with_its_log_tail_and_leaves_nothing()
    {
        var (failure, port) = ServerShutdown.FailToStartOnATakenPort(port => RabbitMqServer.Start(port));

        output.WriteLine(failure.Message);
        Assert.StartsWith("RabbitMQ (from Debian's package; eng/install-test-prerequisites.sh installs it) failed: its process ", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"exited before it answered AMQP on 127.0.0.1:{port}.", failure.Message, StringComparison.Ordinal);
        // The node's own log, with its error report (how far the tail reaches into it depends on timing).
        Assert.Contains($"/log/archtemplates-{port}@localhost.log:\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[error]", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RoundTripAsync(string connectionString, string message)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true);
        await channel.BasicPublishAsync(exchange: "", routingKey: queue.QueueName, body: Encoding.UTF8.GetBytes(message));
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await channel.BasicGetAsync(queue.QueueName, autoAck: true) is { } delivered)
            {
                return Encoding.UTF8.GetString(delivered.Body.Span);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The message published to {queue.QueueName} did not arrive within 5 s.");
    }
}
