using Npgsql;
using Xunit.Abstractions;

namespace ArchTemplates.EndToEnd.Tests.RealServers;

public sealed class PostgresServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_started_server_stores_rows_through_its_connection_string_refuses_a_wrong_password_and_stops_leaving_nothing()
    {
        var server = PostgresServer.Start();
        try
        {
            output.WriteLine($"PostgreSQL started in {server.StartTime.TotalSeconds:F1} s");
            Assert.Equal($"Host=127.0.0.1;Port={server.Port};Database=readings;Username=archtemplates;Password={server.Password}", server.ConnectionString);
            Assert.Equal(new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Readings"] = server.ConnectionString }, server.ServiceSettings);

            await using (var connection = new NpgsqlConnection(server.ConnectionString))
            {
                await connection.OpenAsync();
                Assert.StartsWith("15.", connection.PostgreSqlVersion.ToString(), StringComparison.Ordinal);
                await ExecuteAsync(connection, "CREATE TABLE alerts (sensor text NOT NULL, value double precision NOT NULL)");
                await ExecuteAsync(connection, "INSERT INTO alerts VALUES ('sensor-1', 42.5)");
                await using var query = new NpgsqlCommand("SELECT current_user || ' ' || current_database() || ' ' || sensor || ' ' || value FROM alerts", connection);
                Assert.Equal("archtemplates readings sensor-1 42.5", await query.ExecuteScalarAsync());
            }

            var wrongPassword = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Password = "wrong" }.ConnectionString;
            await using (var refused = new NpgsqlConnection(wrongPassword))
            {
                var failure = await Assert.ThrowsAsync<PostgresException>(refused.OpenAsync);
                Assert.Equal(PostgresErrorCodes.InvalidPassword, failure.SqlState);
            }

            ServerShutdown.AssertLeavesNothing(server, server.Port);
        }
        finally
        {
            server.Dispose();
        }
    }

    [Fact]
    public void A_server_that_cannot_listen_fails_with_its_log_tail_and_leaves_nothing()
    {
        var (failure, _) = ServerShutdown.FailToStartOnATakenPort(port => PostgresServer.Start(port));

        output.WriteLine(failure.Message);
        Assert.StartsWith("PostgreSQL (from Debian's package; eng/install-test-prerequisites.sh installs it) failed: `", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/pg_ctl start -D ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/server.log:\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("could not bind IPv4 address \"127.0.0.1\": Address already in use", failure.Message, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
