using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.Launcher;
using Npgsql;

namespace Loyalty.Purchases.Bench;

/// <summary>
/// What the platform still owes after the purchases answered: Points events committed but not yet published (its
/// outbox), and events published but not yet handled by the consumers of the other services (the bench virtual host's
/// queues, error queues left out).
/// </summary>
public sealed class PlatformBacklog(StackSettings settings) : IDisposable
{
    private readonly HttpClient management = new()
    {
        BaseAddress = new Uri($"http://{settings.Host}:{settings.RabbitManagementPort}/api/"),
        DefaultRequestHeaders = { Authorization = new("Basic", Convert.ToBase64String("guest:guest"u8)) },
    };

    public async Task<long> OutboxPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.PostgresConnectionString(
            settings.DatabaseName(StackTopology.Services.Single(s => s.Name == "points"))));
        await connection.OpenAsync(cancellationToken);
        await using var count =
            new NpgsqlCommand("""SELECT count(*) FROM outbox_messages WHERE "PublishedAt" IS NULL""", connection);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Messages ready or being handled in the consumers' queues (RabbitMQ's figures lag by about a second:
    /// deploy/servers.sh sets collect_statistics_interval = 1000).</summary>
    public async Task<long> QueuedAsync(CancellationToken cancellationToken)
    {
        var queues = await management.GetFromJsonAsync<JsonElement[]>(
            $"queues/{Uri.EscapeDataString(BenchStack.VirtualHost)}", cancellationToken) ?? [];
        return queues
            .Where(q => !q.GetProperty("name").GetString()!.EndsWith("_error", StringComparison.Ordinal))
            .Sum(q => q.TryGetProperty("messages", out var messages)
                && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0);
    }

    /// <summary>
    /// Waits until the outbox and the queues are empty in three readings a second apart, so a step starts on a
    /// caught-up platform; returns when the first of those readings
    /// was taken (RabbitMQ's queue figures lag it by about a second).
    /// </summary>
    public async Task<TimeSpan> WaitUntilCaughtUpAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var firstQuiet = TimeSpan.Zero;
        for (var quiet = 0; quiet < 3; await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken))
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"The platform did not catch up within {limit.TotalSeconds:F0} s (outbox " +
                    $"{await OutboxPendingAsync(cancellationToken)}, queued {await QueuedAsync(cancellationToken)}); " +
                    $"see .data/logs/bench/");
            }

            var readAt = clock.Elapsed;
            var empty = await OutboxPendingAsync(cancellationToken) == 0 && await QueuedAsync(cancellationToken) == 0;
            if (empty && quiet == 0)
            {
                firstQuiet = readAt;
            }

            quiet = empty ? quiet + 1 : 0;
        }

        return firstQuiet;
    }

    public void Dispose() => management.Dispose();
}
