using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Api.Domain;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Engine.Rfm;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Services;

/// <summary>
/// Brings one member up to date after an event, inside the event handler's transaction: the member row is created
/// (as a placeholder if the registration has not arrived) and locked, a purchase or refund rescores the member
/// against the current base (<see cref="SingleMemberScoring"/>), and the member's memberships are compared with what
/// they should be now: SegmentEntered/SegmentLeft go to the outbox for real changes only.
/// </summary>
public sealed class MemberRecompute(SegmentationDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    /// <summary>Takes the shared scoring lock, creates the row if needed and locks it.</summary>
    public async Task<SegmentMember> LockMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        // Lock and placeholder insert in one command: one round trip fewer on every event.
        await db.Database.ExecuteSqlAsync(
            $"""
            SELECT pg_advisory_xact_lock_shared({SegmentationLocks.Scoring});
            INSERT INTO members ("Id", "IsRegistered", "Tags", "PointsBalance", "Purchases", "Spend", "IsVip", "IsPotentialChurn")
            VALUES ({memberId}, FALSE, ARRAY[]::text[], 0, 0, 0, FALSE, FALSE) ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        return await db.Members.FromSql($"""SELECT * FROM members WHERE "Id" = {memberId} FOR UPDATE""").SingleAsync(cancellationToken);
    }

    /// <summary>The member's purchases as stored, read only.</summary>
    public Task<List<MemberPurchase>> PurchasesOfAsync(SegmentMember member, CancellationToken cancellationToken) =>
        db.Purchases.AsNoTracking().Where(p => p.MemberId == member.Id).ToListAsync(cancellationToken);

    /// <summary>Recomputes the member's purchase aggregates and scores from what is stored (after a refund), then the memberships.</summary>
    public async Task RescoreAsync(SegmentMember member, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken); // the refund just applied is part of the aggregate
        await RescoreAsync(member, await PurchasesOfAsync(member, cancellationToken), cancellationToken);
    }

    /// <summary>As above, from <paramref name="purchases"/>: every purchase of the member, the new one included, saved or not.</summary>
    public async Task RescoreAsync(SegmentMember member, IReadOnlyCollection<MemberPurchase> purchases, CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        member.SetActivity(PurchaseAggregate.Of(purchases));
        member.SetScore(member.LastPurchaseOn is { } last ? await ScoreAsync(member, last, today, cancellationToken) : null, today);
        await SyncMembershipsAsync(member, cancellationToken);
    }

    /// <summary>Compares the member's memberships with the built-in segments of their scores and the rule segments they meet.</summary>
    public async Task SyncMembershipsAsync(SegmentMember member, CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var rules = await db.RuleSegments.AsNoTracking().ToListAsync(cancellationToken);
        var desired = BuiltInSegments.CodesOf(member.Layer, member.Group, member.IsVip, member.IsPotentialChurn)
            .Concat(rules.Where(r => RuleFilter.Matches(member, r.Criteria, today)).Select(r => r.Code))
            .ToHashSet();
        var current = await db.Memberships.Where(m => m.MemberId == member.Id).ToListAsync(cancellationToken);
        var (entered, left) = MembershipChanges.Diff(current.Select(m => m.SegmentCode).ToHashSet(), desired);
        var now = timeProvider.GetUtcNow();
        foreach (var code in entered)
        {
            var segment = Describe(code, rules);
            db.Memberships.Add(new SegmentMembership { MemberId = member.Id, SegmentCode = code, EnteredAt = now });
            outbox.Add(new SegmentEntered(member.Id, segment.Code, segment.Name, segment.Kind) { OccurredAt = now });
        }

        foreach (var code in left)
        {
            var segment = Describe(code, rules);
            db.Memberships.Remove(current.Single(m => m.SegmentCode == code));
            outbox.Add(new SegmentLeft(member.Id, segment.Code, segment.Name, segment.Kind) { OccurredAt = now });
        }
    }

    private static SegmentDefinition Describe(string code, IEnumerable<RuleSegment> rules) =>
        BuiltInSegments.Find(code) ?? rules.FirstOrDefault(r => r.Code == code)?.Definition ?? new SegmentDefinition(code, code, SegmentKind.Rule);

    private async Task<RfmScore> ScoreAsync(SegmentMember member, DateOnly lastPurchase, DateOnly today, CancellationToken cancellationToken)
    {
        var stats = await db.Database.SqlQuery<StatsRow>(
            $"""
            SELECT count(*)::int AS "Others", coalesce(sum("Spend"), 0) AS "OthersSpend",
                   (count(*) FILTER (WHERE "LastPurchaseOn" < {lastPurchase}))::int AS "WorseRecency",
                   (count(*) FILTER (WHERE "Purchases" < {member.Purchases}))::int AS "FewerPurchases",
                   (count(*) FILTER (WHERE "Spend" < {member.Spend}))::int AS "LowerSpend"
            FROM members WHERE "Purchases" > 0 AND "Id" <> {member.Id}
            """).SingleAsync(cancellationToken);
        var k = SingleMemberScoring.VipRank(stats.Others + 1);
        var top = await db.Members.Where(m => m.Purchases > 0 && m.Id != member.Id).OrderByDescending(m => m.Spend)
            .Skip(Math.Max(k - 2, 0)).Take(2).Select(m => m.Spend).ToListAsync(cancellationToken);
        var population = new PopulationStats(stats.Others, stats.OthersSpend, stats.WorseRecency, stats.FewerPurchases, stats.LowerSpend, top);
        return SingleMemberScoring.Score(new MemberActivity(member.Id.ToString(), member.Purchases, lastPurchase, member.Spend), population, today);
    }

    private sealed record StatsRow(int Others, decimal OthersSpend, int WorseRecency, int FewerPurchases, int LowerSpend);
}
