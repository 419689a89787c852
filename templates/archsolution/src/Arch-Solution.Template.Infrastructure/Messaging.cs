using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Arch_Solution.Template.Infrastructure;

/// <summary>The message transports a service can use: the <c>Messaging:Transport</c> setting.</summary>
public enum MessageTransport
{
    /// <summary>In memory, within one process: the embedded default.</summary>
    InMemory,

    /// <summary>A RabbitMQ broker at the amqp:// URI of <c>ConnectionStrings:Broker</c>.</summary>
    RabbitMq,
}

/// <summary>Registers the message bus the services publish and consume through.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds MassTransit on the transport that <c>Messaging:Transport</c> names (<see cref="MessageTransport.InMemory"/>
    /// when unset); <paramref name="addConsumers"/> registers the consumers this process runs.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var transport = Settings.Choice("Messaging:Transport", configuration, MessageTransport.InMemory);
        if (transport == MessageTransport.InMemory)
        {
            // A message published in memory before its consumer's queue exists is lost: start serving only once the queues do.
            services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        }

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers?.Invoke(bus);
            if (transport == MessageTransport.RabbitMq)
            {
                var broker = Settings.Required("ConnectionStrings:Broker", configuration, "the broker's amqp:// URI");
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(new Uri(broker));
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
