using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Services;

/// <summary>
/// Grants and deductions outside purchases (campaign bonuses, admin adjustments): each is a ledger entry, a lot or a
/// spend from the lots that expire first, and an event — staged on the caller's DbContext and transaction.
/// The caller holds the account row lock (<see cref="LockAccountAsync"/>).
/// </summary>
public sealed class PointsPosting(PointsDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public Task<PointsAccount?> LockAccountAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Accounts.FromSql($"""SELECT * FROM accounts WHERE "MemberId" = {memberId} FOR UPDATE""").SingleOrDefaultAsync(cancellationToken);

    public async Task<LedgerEntry> GrantAsync(PointsAccount account, long points, string reason, string sourceRef, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var policy = await db.EarningPolicies.AsNoTracking().SingleAsync(cancellationToken);
        var expiresAt = now.AddMonths(policy.LotLifetimeMonths);
        var entry = LedgerEntry.Earned(account.MemberId, new EarnedPoints(reason, points), sourceRef, account.Earn(points), now, expiresAt);
        db.Ledger.Add(entry);
        db.Lots.Add(PointsLot.Open(entry));
        outbox.Add(new PointsEarned(account.MemberId, entry.Id, points, reason, sourceRef, expiresAt, entry.BalanceAfter) { OccurredAt = now });
        return entry;
    }

    /// <summary>Deducts from the lots that expire first; null (and nothing changed) when the spendable points do not cover it.</summary>
    public async Task<LedgerEntry?> DeductAsync(PointsAccount account, long points, string reason, string sourceRef, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var lots = await db.Lots.Where(l => l.MemberId == account.MemberId && l.Remaining > 0 && l.ExpiresAt > now).ToListAsync(cancellationToken);
        if (account.Balance < points || LotSpending.Plan(lots, points, now) is not { } plan)
        {
            return null;
        }

        foreach (var (lot, taken) in plan)
        {
            lot.Take(taken);
        }

        var entry = LedgerEntry.Spent(account.MemberId, points, reason, sourceRef, account.Spend(points), now);
        db.Ledger.Add(entry);
        outbox.Add(new PointsRedeemed(account.MemberId, entry.Id, points, reason, sourceRef, entry.BalanceAfter) { OccurredAt = now });
        return entry;
    }
}
