using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Catalog;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Grants and deductions (purchases, bonuses, redemptions, refunds, adjustments): each is a ledger entry, a lot or a
/// spend from the lots that expire first, and an event, staged on the caller's DbContext and transaction.
/// The caller holds the account row lock (it runs in <see cref="PointsTransactions"/>).
/// </summary>
public sealed class PointsPosting(PointsDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    /// <summary>Grants with the policy's lot lifetime from now.</summary>
    public async Task<LedgerEntry> GrantAsync(
        PointsAccount account, long points, string reason, string sourceRef, CancellationToken cancellationToken)
    {
        var policy = await db.EarningPolicies.AsNoTracking().SingleAsync(cancellationToken);
        var expiresAt = timeProvider.GetUtcNow().AddMonths(policy.LotLifetimeMonths);
        return Grant(account, new EarnedPoints(reason, points), sourceRef, expiresAt);
    }

    /// <summary>
    /// Adds earned points as a ledger entry, a lot expiring at <paramref name="expiresAt"/>, and a PointsEarned event.
    /// </summary>
    public LedgerEntry Grant(PointsAccount account, EarnedPoints earned, string sourceRef, DateTimeOffset expiresAt)
    {
        var now = timeProvider.GetUtcNow();
        var balanceAfter = account.Earn(earned.Points);
        var entry = LedgerEntry.Earned(account.MemberId, earned, sourceRef, balanceAfter, now, expiresAt);
        db.Ledger.Add(entry);
        db.Lots.Add(PointsLot.Open(entry));
        outbox.Add(new PointsEarned(
            account.MemberId, entry.Id, entry.Points, entry.Reason, sourceRef, expiresAt, entry.BalanceAfter)
        {
            OccurredAt = now,
        });
        return entry;
    }

    /// <summary>
    /// Deducts from the lots that expire first; null (and nothing changed) when the spendable points do not cover it.
    /// A catalog redemption passes its item (and the coupon template it stands for) so they travel in PointsRedeemed.
    /// </summary>
    public async Task<LedgerEntry?> DeductAsync(
        PointsAccount account,
        long points,
        string reason,
        string sourceRef,
        CancellationToken cancellationToken,
        CatalogItem? item = null)
    {
        var lots = await SpendableLotsAsync(account, cancellationToken);
        return Spendable(account, lots) < points ? null : Deduct(account, lots, points, reason, sourceRef, item);
    }

    /// <summary>
    /// Deducts as much of <paramref name="points"/> as the spendable points allow; returns what was taken
    /// (0: no entry).
    /// </summary>
    public async Task<long> DeductUpToAsync(
        PointsAccount account, long points, string reason, string sourceRef, CancellationToken cancellationToken)
    {
        var lots = await SpendableLotsAsync(account, cancellationToken);
        var taken = Math.Min(points, Spendable(account, lots));
        if (taken > 0)
        {
            Deduct(account, lots, taken, reason, sourceRef);
        }

        return taken;
    }

    private Task<List<PointsLot>> SpendableLotsAsync(PointsAccount account, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return db.Lots.Where(l => l.MemberId == account.MemberId && l.Remaining > 0 && l.ExpiresAt > now)
            .ToListAsync(cancellationToken);
    }

    private static long Spendable(PointsAccount account, List<PointsLot> lots) =>
        Math.Min(account.Balance, lots.Sum(l => l.Remaining));

    private LedgerEntry Deduct(
        PointsAccount account, List<PointsLot> lots, long points, string reason, string sourceRef,
        CatalogItem? item = null)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (lot, taken) in LotSpending.Plan(lots, points, now)!)
        {
            lot.Take(taken);
        }

        var entry = LedgerEntry.Spent(account.MemberId, points, reason, sourceRef, account.Spend(points), now);
        db.Ledger.Add(entry);
        outbox.Add(new PointsRedeemed(
            account.MemberId, entry.Id, points, reason, sourceRef, entry.BalanceAfter, item?.Id, item?.CouponTemplateId)
        {
            OccurredAt = now,
        });
        return entry;
    }
}
