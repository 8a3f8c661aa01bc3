using Loyalty.IntegrationTests.Support;
using Loyalty.Segmentation.Api.Infrastructure;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>
/// The Segmentation service in-process (its Program, consumers, outbox and nightly job) on the real servers: a fresh
/// database, its own RabbitMQ virtual host, and a FakeTimeProvider the test moves. Events are published on the
/// service's own bus, as Members and Points would publish them.
/// </summary>
public sealed class SegmentationHost : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly RabbitManagement _rabbit;
    private readonly string _virtualHost;

    private SegmentationHost(
        WebApplicationFactory<SegmentationDbContext> factory,
        TestDatabase database,
        RabbitManagement rabbit,
        string virtualHost)
    {
        Factory = factory;
        _database = database;
        _rabbit = rabbit;
        _virtualHost = virtualHost;
    }

    public WebApplicationFactory<SegmentationDbContext> Factory { get; }

    public RabbitManagement Rabbit => _rabbit;

    public string VirtualHost => _virtualHost;

    public static async Task<SegmentationHost> StartAsync(FakeTimeProvider clock)
    {
        var database = new TestDatabase("it_seg");
        var rabbit = new RabbitManagement();
        var virtualHost = $"it-seg-{Guid.NewGuid():N}";
        await rabbit.CreateVirtualHostAsync(virtualHost);
        TestServers.RequireRedis();
        var factory = new WebApplicationFactory<SegmentationDbContext>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:segmentationdb", database.ConnectionString);
            web.UseSetting("ConnectionStrings:eventbus", TestServers.AmqpUri(virtualHost));
            web.UseSetting("ConnectionStrings:cache", TestServers.RedisConnectionString);
            web.UseTestTokens();
            web.UseSetting("EventBus:RetryLimit", "5");
            web.UseSetting("EventBus:RetryMinInterval", "00:00:00.050");
            web.UseSetting("EventBus:RetryMaxInterval", "00:00:00.300");
            web.UseSetting("EventBus:RetryIntervalDelta", "00:00:00.050");
            web.UseSetting("Outbox:PollInterval", "00:00:00.200");
            web.UseSetting("Segmentation:CheckInterval", "00:01:00");
            // The tests move the clock by months and then read what the outbox published.
            web.UseSetting("Outbox:KeepPublishedDays", "36500");
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });
        _ = factory.Server; // starts the host: migrations, consumers, dispatcher, nightly job
        var health = await factory.Services.GetRequiredService<IBusControl>()
            .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        Assert.Equal(BusHealthStatus.Healthy, health);
        return new SegmentationHost(factory, database, rabbit, virtualHost);
    }

    public Task PublishAsync<T>(T integrationEvent)
        where T : class => Factory.Services.GetRequiredService<IBus>().Publish(integrationEvent);

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, SegmentationDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<SegmentationDbContext>());
    }

    public Task<T> QueryAsync<T>(Func<SegmentationDbContext, Task<T>> query) => WithScopeAsync((_, db) => query(db));

    public Task EventuallyAsync(Func<SegmentationDbContext, Task<bool>> condition, string what) =>
        Eventually.HoldsAsync(() => QueryAsync(db => condition(db.AsNoTrackingContext())),
            TimeSpan.FromSeconds(30), what);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _rabbit.DeleteVirtualHostAsync(_virtualHost);
        _rabbit.Dispose();
        await _database.DisposeAsync();
    }
}

internal static class SegmentationDbContextExtensions
{
    public static SegmentationDbContext AsNoTrackingContext(this SegmentationDbContext db)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }
}
