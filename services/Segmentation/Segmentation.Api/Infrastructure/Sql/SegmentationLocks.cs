using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Segmentation.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Infrastructure.Sql;

/// <summary>
/// PostgreSQL advisory locks (transaction-scoped). Event handlers take the scoring lock shared, a full recompute and
/// the rule-segment writes take it exclusively, so a recompute never works from memberships an event handler is
/// changing; the nightly job lock is tried without waiting, so of several replicas only one runs the job.
/// Lock order, in every transaction that takes more than one: the nightly job lock, then the scoring lock, then the
/// member's row (<see cref="LockMemberAsync"/>).
/// </summary>
public static class SegmentationLocks
{
    private const long Scoring = 0x5E6_0001;
    private const long NightlyJob = 0x5E6_0002;

    private static readonly ModelSql<SegmentationDbContext> ScoringExclusive =
        new(_ => "SELECT pg_advisory_xact_lock({0})");

    private static readonly ModelSql<SegmentationDbContext> TryNightly =
        new(_ => """SELECT pg_try_advisory_xact_lock({0}) AS "Value" """);

    /// <summary>
    /// The scoring lock shared and the member's placeholder row (an event that overtakes the registration creates
    /// it), in one statement: one round trip fewer on every event.
    /// </summary>
    private static readonly ModelSql<SegmentationDbContext> ScoringSharedWithPlaceholder = new(sql => $$"""
        WITH scoring AS (SELECT pg_advisory_xact_lock_shared({0}))
        INSERT INTO {{sql.Table<SegmentMember>()}} (
            {{sql.Column<SegmentMember>(nameof(SegmentMember.Id))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.IsRegistered))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.IsErased))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.Tags))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.PointsBalance))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.Purchases))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.Spend))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.IsVip))}},
            {{sql.Column<SegmentMember>(nameof(SegmentMember.IsPotentialChurn))}})
        SELECT {1}, FALSE, FALSE, ARRAY[]::text[], 0, 0, 0, FALSE, FALSE FROM scoring
        ON CONFLICT DO NOTHING
        """);

    public static Task TakeScoringExclusiveAsync(SegmentationDbContext db, CancellationToken cancellationToken) =>
        ScoringExclusive.ExecuteAsync(db, cancellationToken, Scoring);

    /// <summary>True when this transaction got the night's job; another replica holds it otherwise.</summary>
    public static async Task<bool> TryTakeNightlyJobAsync(
        SegmentationDbContext db, CancellationToken cancellationToken) =>
        await TryNightly.Rows<bool>(db, NightlyJob).SingleAsync(cancellationToken);

    /// <summary>
    /// Takes the scoring lock shared, creates the member's row if there is none (a placeholder until the
    /// registration arrives) and locks it.
    /// </summary>
    public static async Task<SegmentMember> LockMemberAsync(
        SegmentationDbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        await ScoringSharedWithPlaceholder.ExecuteAsync(db, cancellationToken, Scoring, memberId);
        return await db.Members.Where(m => m.Id == memberId).ForUpdate().SingleAsync(cancellationToken);
    }
}
