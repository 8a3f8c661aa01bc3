using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Campaign;
using Loyalty.Messaging.Bench;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

// Messaging benchmark on the real servers (deploy/servers.sh up first):
//   dotnet run -c Release --project bench/Messaging.Bench -- [events=2000]
// Each event is committed in its own transaction (as one HTTP request would), then published by the outbox
// dispatcher and handled by an inbox consumer that writes one row. The baseline publishes the same number of
// events straight to the bus (no outbox: what the outbox costs) into the same consumer. Last, 5x as many rows are
// committed in one transaction (as a bulk import does) and the dispatcher's drain rate is measured; compare
// Outbox__PublishConcurrency=1 (await each broker confirm in turn) with the default.
var events = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;
var pgPort = Environment.GetEnvironmentVariable("PG_PORT") ?? "25432";
var amqpPort = Environment.GetEnvironmentVariable("AMQP_PORT") ?? "25672";
var managementPort = Environment.GetEnvironmentVariable("MGMT_PORT") ?? "25673";
var database = $"bench_{Guid.NewGuid():N}";
var vhost = $"bench-{Guid.NewGuid():N}";
var connectionString = $"Host=127.0.0.1;Port={pgPort};Username=postgres;Password=postgres;Database={database}";

using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{managementPort}/api/") };
management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
    Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
(await management.PutAsync($"vhosts/{vhost}", null)).EnsureSuccessStatusCode();
(await management.PutAsync($"permissions/{vhost}/guest", new StringContent(
    """{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:eventbus"] = $"amqp://guest:guest@127.0.0.1:{amqpPort}/{vhost}",
    ["ConnectionStrings:benchdb"] = connectionString,
});
builder.AddServiceDatabase<BenchDbContext>("benchdb", applyMigrations: false); // schema created below
builder.AddEventBus<BenchDbContext>("eventbus", "bench", bus => bus.AddConsumer<GrantConsumer>());
using var host = builder.Build();

try
{
    await using (var scope = host.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync();
    }

    await host.StartAsync();
    await host.Services.GetRequiredService<IBusControl>()
        .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
    Console.WriteLine($"Messaging benchmark: {events} events, {Environment.ProcessorCount} cores, PostgreSQL " +
        $":{pgPort}, RabbitMQ :{amqpPort}");

    // Warm-up: connections, JIT, queue declaration.
    await RunOutboxAsync(host.Services, 50);
    await WaitForGrantsAsync(host.Services, 50, TimeSpan.FromSeconds(60));

    var outbox = await RunOutboxAsync(host.Services, events);
    var committed = outbox.Elapsed;
    await WaitForPublishedAsync(host.Services, TimeSpan.FromMinutes(5));
    var published = outbox.Elapsed;
    await WaitForGrantsAsync(host.Services, 50 + events, TimeSpan.FromMinutes(5));
    var handled = outbox.Elapsed;

    var direct = Stopwatch.StartNew();
    var bus = host.Services.GetRequiredService<IBus>();
    for (var i = 0; i < events; i++)
    {
        await bus.Publish(NewGrant());
    }

    await WaitForGrantsAsync(host.Services, 50 + (2 * events), TimeSpan.FromMinutes(5));
    var directHandled = direct.Elapsed;

    Console.WriteLine(
        $"  outbox: {events} commits in {committed.TotalSeconds:F2} s ({events / committed.TotalSeconds:F0}/s)");
    Console.WriteLine(
        $"  outbox: all published after {published.TotalSeconds:F2} s ({events / published.TotalSeconds:F0}/s)");
    Console.WriteLine($"  outbox: all handled (inbox + effect) after {handled.TotalSeconds:F2} s " +
        $"({events / handled.TotalSeconds:F0}/s end to end)");
    Console.WriteLine($"  direct publish, same consumer: all handled after {directHandled.TotalSeconds:F2} s " +
        $"({events / directHandled.TotalSeconds:F0}/s)");
    Console.WriteLine($"  outbox end-to-end time / direct: {handled.TotalSeconds / directHandled.TotalSeconds:F2}x");

    // A backlog, as a bulk import leaves it: many rows committed at once; how fast does the dispatcher drain them?
    var backlog = events * 5;
    await using (var scope = host.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var grants = Enumerable.Range(0, backlog).Select(_ => (Loyalty.Contracts.IntegrationEvent)NewGrant()).ToList();
        await OutboxBulkWriter.WriteAsync(db, grants, DateTimeOffset.UtcNow, CancellationToken.None);
        await transaction.CommitAsync();
    }

    var drain = Stopwatch.StartNew();
    await WaitForPublishedAsync(host.Services, TimeSpan.FromMinutes(10));
    var drained = drain.Elapsed;
    await WaitForGrantsAsync(host.Services, 50 + (2 * events) + backlog, TimeSpan.FromMinutes(10));
    Console.WriteLine($"  backlog of {backlog} rows (Outbox:PublishConcurrency " +
        $"{host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.PublishConcurrency}): " +
        $"published in {drained.TotalSeconds:F2} s ({backlog / drained.TotalSeconds:F0}/s), handled after " +
        $"{drain.Elapsed.TotalSeconds:F2} s ({backlog / drain.Elapsed.TotalSeconds:F0}/s)");
}
finally
{
    await host.StopAsync();
    await management.DeleteAsync($"vhosts/{vhost}");
    NpgsqlConnection.ClearAllPools();
    await using var admin =
        new NpgsqlConnection($"Host=127.0.0.1;Port={pgPort};Username=postgres;Password=postgres;Database=postgres");
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
}

return 0;

static PointsGrantRequested NewGrant() =>
    new(Guid.NewGuid(), Guid.NewGuid(), 10, "bench", "bench", "bench") { OccurredAt = DateTimeOffset.UtcNow };

static async Task<Stopwatch> RunOutboxAsync(IServiceProvider services, int count)
{
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>().Add(NewGrant());
        await scope.ServiceProvider.GetRequiredService<BenchDbContext>().SaveChangesAsync();
    }

    return clock;
}

static async Task WaitForPublishedAsync(IServiceProvider services, TimeSpan timeout)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < timeout)
    {
        await using var scope = services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Set<OutboxMessage>()
            .AnyAsync(m => m.PublishedAt == null))
        {
            return;
        }

        await Task.Delay(20);
    }

    throw new TimeoutException("outbox not drained");
}

static async Task WaitForGrantsAsync(IServiceProvider services, int expected, TimeSpan timeout)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < timeout)
    {
        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Grants.CountAsync() >= expected)
        {
            return;
        }

        await Task.Delay(20);
    }

    throw new TimeoutException($"fewer than {expected} grants handled");
}
