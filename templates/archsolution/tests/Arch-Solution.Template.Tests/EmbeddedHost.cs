#if (usesDatabase)
using Arch_Solution.Template.Infrastructure;
#endif
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
#if (usesDatabase)
using Microsoft.Data.Sqlite;
#endif
#if (usesDatabase || (sample && hasNotifier) || framework == net8.0)
using Microsoft.Extensions.DependencyInjection;
#endif
#if (sample && hasNotifier)
using Arch_Solution.Template.Notifier;
using Microsoft.Extensions.DependencyInjection.Extensions;
#endif
#if ((sample && hasNotifier) || framework == net8.0)
using Microsoft.AspNetCore.TestHost;
#endif
#if (framework == net8.0)
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
#endif

namespace Arch_Solution.Template.Tests;

/// <summary>
#if (usesBroker && usesDatabase)
/// The host with every service in one process on the embedded defaults, as <c>dotnet run</c> starts it: MassTransit's
/// in-memory transport and an SQLite file of its own.
#elif (usesBroker)
/// The host with every service in one process on the embedded default, as <c>dotnet run</c> starts it: MassTransit's
/// in-memory transport.
#else
/// The host with every service in one process on the embedded default, as <c>dotnet run</c> starts it: an SQLite file
/// of its own.
#endif
/// </summary>
public sealed class EmbeddedHost : WebApplicationFactory<HostAssembly>
{
#if (usesDatabase)
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"readings-{Guid.NewGuid():N}.db");
#endif

#if (sample && hasNotifier)
    /// <summary>The alert messages the notifier delivered.</summary>
    public RecordingAlertDelivery Deliveries { get; } = new();

#endif
#if (usesDatabase)
    /// <summary>A query over the stored readings and alerts, in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<ReadingsDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReadingsDbContext>());
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the stored data; fails after thirty seconds.</summary>
    public Task WaitUntilAsync(Func<ReadingsDbContext, Task<bool>> condition, string what)
        => WaitUntilAsync(() => QueryAsync(condition), what);
#endif

    /// <summary>Waits until <paramref name="condition"/> holds: the services work asynchronously. Fails after thirty seconds (a busy build machine is slow to start the host).</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
#if (usesBroker)
        builder.UseSetting("Messaging:Transport", "InMemory");
#endif
#if (usesDatabase)
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Readings", $"Data Source={_databaseFile}");
#endif
#if (hasAnalytics)
        builder.UseSetting("Analytics:Interval", "00:00:00.100");
#endif
#if (sample && hasNotifier)
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IAlertDelivery>(Deliveries)));
#endif
#if (framework == net8.0)
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, StreamResponseBodies>());
#endif
    }

#if (framework == net8.0)
    /// <summary>
    /// Writes responses through a stream. ASP.NET Core 8's test server gives them a PipeWriter that System.Text.Json 9
    /// and later refuse to write JSON to, and these tests run on a later runtime where only that one is installed
    /// (DOTNET_ROLL_FORWARD=Major).
    /// </summary>
    private sealed class StreamResponseBodies : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, rest) =>
            {
                context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(context.Response.Body));
                return rest(context);
            });
            next(app);
        };
    }

#endif
#if (usesDatabase)
    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }
#endif
}
