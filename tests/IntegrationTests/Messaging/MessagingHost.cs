using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.IntegrationTests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>
/// A service-shaped host on the real servers: its own database, its own RabbitMQ virtual host, the production
/// event bus, outbox dispatcher and inbox consumers. Fast retries so dead-lettering is quick to observe.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly RabbitManagement _rabbit;

    private MessagingHost(IHost host, TestDatabase database, RabbitManagement rabbit, string virtualHost)
    {
        Host = host;
        _database = database;
        _rabbit = rabbit;
        VirtualHost = virtualHost;
    }

    public IHost Host { get; }

    public string VirtualHost { get; }

    public RabbitManagement Rabbit => _rabbit;

    public ConsumeRecorder Consumes { get; } = new();

    public static async Task<MessagingHost> StartAsync(string? brokerOverride = null)
    {
        var database = new TestDatabase("it_msg");
        var rabbit = new RabbitManagement();
        var virtualHost = $"it-{Guid.NewGuid():N}";
        if (brokerOverride is null)
        {
            await rabbit.CreateVirtualHostAsync(virtualHost);
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = database.ConnectionString,
            ["ConnectionStrings:eventbus"] = brokerOverride ?? TestServers.AmqpUri(virtualHost),
            ["EventBus:RetryLimit"] = "2",
            ["EventBus:RetryMinInterval"] = "00:00:00.050",
            ["EventBus:RetryMaxInterval"] = "00:00:00.200",
            ["EventBus:RetryIntervalDelta"] = "00:00:00.050",
            ["Outbox:PublishTimeout"] = "00:00:02",
            ["Outbox:PollInterval"] = "00:00:00.200",
        });

        // This test model has no migrations: its schema is created below.
        builder.AddServiceDatabase<TestDbContext>("testdb", applyMigrations: false);
        builder.AddEventBus<TestDbContext>("eventbus", "it", bus =>
        {
            bus.AddConsumer<RecordingConsumer>();
            bus.AddConsumer<FailingConsumer>();
            bus.AddConsumer<CouponRedeemedRecordingConsumer>();
        });

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        var messaging = new MessagingHost(host, database, rabbit, virtualHost);
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(messaging.Consumes);
        await host.StartAsync();
        if (brokerOverride is null)
        {
            // Queues are declared as the bus connects; publishing before that would route to nothing.
            var health = await host.Services.GetRequiredService<IBusControl>()
                .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
            Assert.Equal(BusHealthStatus.Healthy, health);
        }

        return messaging;
    }

    public async Task<T> WithDbAsync<T>(Func<TestDbContext, IServiceProvider, Task<T>> action)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TestDbContext>(), scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await _rabbit.DeleteVirtualHostAsync(VirtualHost);
        _rabbit.Dispose();
        await _database.DisposeAsync();
    }
}
