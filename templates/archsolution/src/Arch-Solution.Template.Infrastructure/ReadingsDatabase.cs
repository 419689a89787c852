using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Arch_Solution.Template.Infrastructure;

/// <summary>The database engines the readings can be stored in: the <c>Database:Provider</c> setting.</summary>
public enum DatabaseProvider
{
    /// <summary>An SQLite file: the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}

/// <summary>Registers the readings database.</summary>
public static class ReadingsDatabaseServiceCollectionExtensions
{
    /// <summary>Where SQLite keeps the readings when <c>ConnectionStrings:Readings</c> is unset: a file in the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=readings.db";

    /// <summary>
    /// Adds <see cref="ReadingsDbContext"/> (scoped, and through <see cref="IDbContextFactory{TContext}"/> for singletons)
    /// on the engine that <c>Database:Provider</c> names (<see cref="DatabaseProvider.Sqlite"/> when unset) at
    /// <c>ConnectionStrings:Readings</c>, and creates its tables when the service starts.
    /// </summary>
    public static IServiceCollection AddReadingsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = Settings.Choice("Database:Provider", configuration, DatabaseProvider.Sqlite);
        var connectionString = provider == DatabaseProvider.Postgres
            ? Settings.Required("ConnectionStrings:Readings", configuration, "the PostgreSQL connection string")
            : configuration.GetConnectionString("Readings") ?? DefaultSqliteConnectionString;
        services.AddDbContextFactory<ReadingsDbContext>(options =>
        {
            if (provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(connectionString);
            }
            else
            {
                options.UseSqlite(connectionString);
            }
        });
        services.AddHostedService<ReadingsSchemaCreator>();
        return services;
    }
}

/// <summary>
/// Creates the readings tables when a service starts (EF Core's EnsureCreated: no migrations to run). Several services
/// may start at once against the same server, or before it accepts connections, so a failed attempt is retried.
/// </summary>
internal sealed partial class ReadingsSchemaCreator(IDbContextFactory<ReadingsDbContext> databases, ILogger<ReadingsSchemaCreator> logger) : IHostedService
{
    private const int Attempts = 5;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var database = await databases.CreateDbContextAsync(cancellationToken);
                await database.Database.EnsureCreatedAsync(cancellationToken);
                return;
            }
            catch (DbException exception) when (attempt < Attempts)
            {
                LogRetry(logger, attempt, Attempts, exception);
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Creating the readings tables failed (attempt {Attempt} of {Attempts}); retrying")]
    private static partial void LogRetry(ILogger logger, int attempt, int attempts, Exception exception);
}
