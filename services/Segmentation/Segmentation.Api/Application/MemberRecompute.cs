using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts.Points;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Scoring;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Infrastructure.Sql;
using Loyalty.Segmentation.Engine.Rfm;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Brings one member up to date after an event, inside the event handler's transaction: the member row is created
/// (as a placeholder if the registration has not arrived) and locked, a purchase or refund rescores the member
/// against the current base (<see cref="SingleMemberScoring"/>), and the member's memberships are compared with what
/// they should be now: SegmentEntered/SegmentLeft go to the outbox for real changes only.
/// </summary>
public sealed class MemberRecompute(SegmentationDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    /// <summary>Applies a change of the member's copied data (profile, tier, balance), then the memberships.</summary>
    public async Task ChangeAsync(Guid memberId, Action<SegmentMember> change, CancellationToken cancellationToken)
    {
        var member = await SegmentationLocks.LockMemberAsync(db, memberId, cancellationToken);
        change(member);
        await SyncMembershipsAsync(member, cancellationToken);
    }

    /// <summary>Keeps the purchase (once) and rescores the member with it.</summary>
    public async Task RecordPurchaseAsync(PurchaseRecorded recorded, CancellationToken cancellationToken)
    {
        var member = await SegmentationLocks.LockMemberAsync(db, recorded.MemberId, cancellationToken);
        var purchases = await PurchasesOfAsync(member, cancellationToken);
        if (purchases.Any(p => p.PurchaseId == recorded.PurchaseId))
        {
            return;
        }

        var purchase = MemberPurchase.Record(recorded.PurchaseId, member.Id, recorded.PaidAt, recorded.Amount);
        db.Purchases.Add(purchase);
        await RescoreAsync(member, [.. purchases, purchase], cancellationToken);
    }

    /// <summary>
    /// Nets the refund out of its purchase and rescores the member. A refund that overtakes its purchase throws, so
    /// the retry policy redelivers it once the purchase is here.
    /// </summary>
    public async Task RecordRefundAsync(PurchaseRefunded refunded, CancellationToken cancellationToken)
    {
        var member = await SegmentationLocks.LockMemberAsync(db, refunded.MemberId, cancellationToken);
        var purchase = await db.Purchases
                .FirstOrDefaultAsync(p => p.PurchaseId == refunded.PurchaseId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Refund of purchase {refunded.PurchaseId} arrived before the purchase; it will be redelivered.");
        purchase.Refund(refunded.RefundAmount);
        await db.SaveChangesAsync(cancellationToken); // the refund just applied is part of the aggregate
        await RescoreAsync(member, await PurchasesOfAsync(member, cancellationToken), cancellationToken);
    }

    /// <summary>The member's purchases as stored, read only.</summary>
    private Task<List<MemberPurchase>> PurchasesOfAsync(SegmentMember member, CancellationToken cancellationToken) =>
        db.Purchases.AsNoTracking().Where(p => p.MemberId == member.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Recomputes the member's purchase aggregates and scores from <paramref name="purchases"/> (every purchase of
    /// the member, the new one included, saved or not), then the memberships.
    /// </summary>
    private async Task RescoreAsync(
        SegmentMember member, IReadOnlyCollection<MemberPurchase> purchases, CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        member.SetActivity(PurchaseAggregate.Of(purchases));
        member.SetScore(
            member.LastPurchaseOn is { } last ? await ScoreAsync(member, last, today, cancellationToken) : null, today);
        await SyncMembershipsAsync(member, cancellationToken);
    }

    /// <summary>
    /// Compares the member's memberships with the built-in segments of their scores and the rule segments they meet
    /// (none for an erased member).
    /// </summary>
    private async Task SyncMembershipsAsync(SegmentMember member, CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var rules = await db.RuleSegments.AsNoTracking().ToListAsync(cancellationToken);
        var desired = member.IsErased
            ? []
            : BuiltInSegments.CodesOf(member.Layer, member.Group, member.IsVip, member.IsPotentialChurn)
                .Concat(rules.Where(r => RuleFilter.Matches(member, r.Criteria, today)).Select(r => r.Code))
                .ToHashSet();
        var current = await db.Memberships.Where(m => m.MemberId == member.Id).ToListAsync(cancellationToken);
        var (entered, left) = MembershipChanges.Diff(current.Select(m => m.SegmentCode).ToHashSet(), desired);
        var now = timeProvider.GetUtcNow();
        foreach (var code in entered)
        {
            var segment = Describe(code, rules);
            db.Memberships.Add(SegmentMembership.Enter(member.Id, code, now));
            outbox.Add(new SegmentEntered(member.Id, segment.Code, segment.Name, segment.Kind) { OccurredAt = now });
        }

        foreach (var code in left)
        {
            var segment = Describe(code, rules);
            db.Memberships.Remove(current.Single(m => m.SegmentCode == code));
            outbox.Add(new SegmentLeft(member.Id, segment.Code, segment.Name, segment.Kind) { OccurredAt = now });
        }
    }

    /// <summary>The segment a code names: built in, a rule segment, or (deleted since) just its code.</summary>
    internal static SegmentDefinition Describe(string code, IEnumerable<RuleSegment> rules) =>
        BuiltInSegments.Find(code)
        ?? rules.FirstOrDefault(r => r.Code == code)?.Definition
        ?? new SegmentDefinition(code, code, SegmentKind.Rule);

    private async Task<RfmScore> ScoreAsync(
        SegmentMember member, DateOnly lastPurchase, DateOnly today, CancellationToken cancellationToken)
    {
        var others = await db.OthersCountsAsync(member, lastPurchase, cancellationToken);
        var k = SingleMemberScoring.VipRank(others.Others + 1);
        var top = await db.Members.Where(m => m.Purchases > 0 && m.Id != member.Id).OrderByDescending(m => m.Spend)
            .Skip(Math.Max(k - 2, 0)).Take(2).Select(m => m.Spend).ToListAsync(cancellationToken);
        var population = new PopulationStats(
            others.Others, others.OthersSpend, others.WorseRecency, others.FewerPurchases, others.LowerSpend, top);
        var activity = new MemberActivity(member.Id.ToString(), member.Purchases, lastPurchase, member.Spend);
        return SingleMemberScoring.Score(activity, population, today);
    }
}
