using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Services;

/// <summary>
/// PostgreSQL advisory locks (transaction-scoped). Event handlers take the scoring lock shared, a full recompute takes
/// it exclusively, so a recompute never works from memberships an event handler is changing; the nightly job lock is
/// tried without waiting, so of several replicas only one runs the job.
/// </summary>
public static class SegmentationLocks
{
    /// <summary>The scoring lock's key, for statements that take it together with other work in one round trip.</summary>
    public const long Scoring = 0x5E6_0001;
    private const long NightlyJob = 0x5E6_0002;

    public static Task TakeScoringSharedAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({Scoring})", cancellationToken);

    public static Task TakeScoringExclusiveAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Scoring})", cancellationToken);

    public static async Task<bool> TryTakeNightlyJobAsync(DbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({NightlyJob}) AS \"Value\"").SingleAsync(cancellationToken);
}
