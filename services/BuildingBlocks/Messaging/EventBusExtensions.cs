using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Loyalty.BuildingBlocks.Messaging;

public static class EventBusExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ (ConnectionStrings:{connectionName}, an amqp URI) with the service's own outbox
    /// dispatcher and retry policy. Every consumer in <paramref name="consumersIn"/> (<see cref="EventSubscriptions"/>)
    /// gets a queue "{serviceName}-{consumer}", so every service sees every event.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus<TContext>(
        this IHostApplicationBuilder builder, string connectionName, string serviceName, Assembly consumersIn)
        where TContext : DbContext =>
        builder.AddEventBus<TContext>(connectionName, serviceName, bus =>
        {
            foreach (var subscription in EventSubscriptions.In(consumersIn))
            {
                bus.AddConsumer(subscription.Consumer);
            }
        });

    /// <summary>The same with the consumers named by hand (test and benchmark hosts).</summary>
    public static IHostApplicationBuilder AddEventBus<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} (the RabbitMQ amqp URI) is not configured.");
        var broker = new Uri(connectionString);
        var busOptions = builder.Configuration.GetSection(EventBusOptions.SectionName).Get<EventBusOptions>()
            ?? new EventBusOptions();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddScoped<IIntegrationEventOutbox, IntegrationEventOutbox<TContext>>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHostedService<PublishedOutboxPurge<TContext>>();
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(options =>
        {
            // The service must start (and report unhealthy) while the broker is down; the outbox keeps the events.
            options.WaitUntilStarted = false;
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit reports usage to its makers' server by default; a clinic's platform sends nothing unasked.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, (ushort)(broker.IsDefaultPort ? 5672 : broker.Port), VirtualHost(broker),
                    host =>
                    {
                        var credentials = broker.UserInfo.Split(':', 2);
                        host.Username(Uri.UnescapeDataString(credentials[0] is { Length: > 0 } user ? user : "guest"));
                        host.Password(Uri.UnescapeDataString(credentials.Length > 1 ? credentials[1] : "guest"));
                        host.ConnectionName(serviceName);
                    });
                rabbit.MessageTopology.SetEntityNameFormatter(
                    new LoyaltyEntityNameFormatter(rabbit.MessageTopology.EntityNameFormatter));
                rabbit.ConfigureJsonSerializerOptions(IntegrationEventJson.Configure);
                rabbit.PrefetchCount = busOptions.PrefetchCount;
                rabbit.ConcurrentMessageLimit = busOptions.ConcurrentMessageLimit;
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Exponential(
                        busOptions.RetryLimit,
                        busOptions.RetryMinInterval,
                        busOptions.RetryMaxInterval,
                        busOptions.RetryIntervalDelta);
                    // No retry can make these true: straight to _error. ValidationException: a value larger than its
                    // column (ColumnLimitsInterceptor).
                    retry.Ignore<ImpossibleEventException>();
                    retry.Ignore<ValidationException>();
                });

                // Every event exchange (bound to loyalty.integration-event) exists from the first start, so partners
                // can bind before the first event of a kind is published.
                rabbit.DeployPublishTopology = true;
                foreach (var eventType in IntegrationEventTypes.All)
                {
                    rabbit.Publish(eventType);
                }

                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }

    private static string VirtualHost(Uri broker)
    {
        var path = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }
}
