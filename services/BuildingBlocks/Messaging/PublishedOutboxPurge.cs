using Loyalty.BuildingBlocks.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Deletes published outbox rows older than <see cref="OutboxOptions.KeepPublishedDays"/>: they keep the event's
/// JSON, which may name a member (a registration's phone, a message's variables), and nothing reads them once the
/// broker has the event. Pending rows are never touched. Replicas may run it at once: the DELETE is idempotent.
/// </summary>
public sealed class PublishedOutboxPurge<TContext>(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<OutboxOptions> options,
    ILogger<PublishedOutboxPurge<TContext>> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
    where TContext : DbContext
{
    protected override TimeSpan Interval => options.Value.PurgeInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var keepDays = options.Value.KeepPublishedDays;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var deleted = await DeleteOlderAsync(services.GetRequiredService<TContext>(), now, keepDays, cancellationToken);
        return $"{deleted} published outbox rows older than {keepDays} days deleted";
    }

    /// <summary>One purge: the number of rows deleted.</summary>
    public static Task<int> DeleteOlderAsync(
        DbContext db, DateTimeOffset now, int keepDays, CancellationToken cancellationToken)
    {
        var cutoff = now.AddDays(-keepDays);
        return db.Set<OutboxMessage>().Where(m => m.PublishedAt != null && m.PublishedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
