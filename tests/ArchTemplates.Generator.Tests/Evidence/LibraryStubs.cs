namespace ArchTemplates.Generator.Tests.Evidence;

/// <summary>
/// The parts of the libraries whose use is evidence (MassTransit, EF Core, ASP.NET Core, database clients), declared
/// in their real namespaces with their real parameter names: the generator recognises them by symbol, so these stand
/// in for the packages a test project cannot restore.
/// </summary>
internal static class LibraryStubs
{
    public const string MassTransit = """
        namespace MassTransit
        {
            using System.Threading.Tasks;

            public interface IPublishEndpoint
            {
                Task Publish<T>(T message) where T : class;
                Task Publish<T>(object values) where T : class;
                Task Publish(object message);
            }

            public interface ISendEndpoint
            {
                Task Send<T>(T message) where T : class;
            }

            public interface IBus : IPublishEndpoint { }

            public interface ConsumeContext : IPublishEndpoint { }

            public interface ConsumeContext<out T> : ConsumeContext where T : class
            {
                T Message { get; }
            }

            public interface IConsumer { }

            public interface IConsumer<in TMessage> : IConsumer where TMessage : class
            {
                Task Consume(ConsumeContext<TMessage> context);
            }
        }
        """;

    public const string EntityFramework = """
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext : System.IDisposable
            {
                public void Dispose() { }
            }

            public interface IDbContextFactory<out TContext> where TContext : DbContext
            {
                TContext CreateDbContext();
            }
        }
        """;

    public const string DatabaseClients = """
        namespace Microsoft.Data.Sqlite { public sealed class SqliteConnection { } }
        namespace Npgsql
        {
            public sealed class NpgsqlConnection { }
            public sealed class NpgsqlDataSource { }
        }
        namespace Microsoft.Data.SqlClient { public sealed class SqlConnection { } }
        """;

    public const string AspNetCore = """
        namespace Microsoft.AspNetCore.Routing { public interface IEndpointRouteBuilder { } }
        namespace Microsoft.AspNetCore.Builder
        {
            using System;
            using Microsoft.AspNetCore.Routing;

            public static class EndpointRouteBuilderExtensions
            {
                public static IEndpointRouteBuilder MapGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => endpoints;
                public static IEndpointRouteBuilder MapPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => endpoints;
                public static IEndpointRouteBuilder MapDelete(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => endpoints;
            }
        }
        namespace Microsoft.AspNetCore.Mvc
        {
            using System;

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
            public sealed class RouteAttribute(string template) : Attribute { public string Template { get; } = template; }

            public abstract class HttpMethodAttributeBase : Attribute { }
            public sealed class HttpGetAttribute : HttpMethodAttributeBase { public HttpGetAttribute() { } public HttpGetAttribute(string template) { } }
            public sealed class HttpPostAttribute : HttpMethodAttributeBase { public HttpPostAttribute() { } public HttpPostAttribute(string template) { } }
            public abstract class ControllerBase { }
        }
        """;
}
