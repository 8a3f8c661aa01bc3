using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Expires lots whose time has come (one ledger entry and one PointsExpired per member) and warns members of points
/// expiring within the reminder window (one PointsExpiringSoon per member, each lot announced once).
/// Each member is handled in its own transaction under the account lock; a member whose data fails is skipped, logged
/// and counted (<see cref="MemberByMember"/>).
/// </summary>
public sealed class PointsExpiry(
    PointsDbContext db,
    IIntegrationEventOutbox outbox,
    PointsTransactions transactions,
    TimeProvider timeProvider,
    IOptions<ExpiryOptions> options,
    ILogger<PointsExpiry> logger)
{
    /// <summary>How many members had their due lots expired, and how many were skipped.</summary>
    public async Task<(int Members, int Skipped)> ExpireDueLotsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var members = await db.Lots.Where(l => l.Remaining > 0 && l.ExpiresAt <= now)
            .Select(l => l.MemberId).Distinct().Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var (done, skipped) = await MemberByMember.RunAsync(db, members, memberId =>
            transactions.InCurrentTransactionAsync(memberId, async (account, ct) =>
            {
                var due = await db.Lots.Where(l => l.MemberId == memberId && l.Remaining > 0 && l.ExpiresAt <= now)
                    .ToListAsync(ct);
                var removed = account?.ExpireUpTo(due.Sum(l => l.Expire())) ?? 0;
                if (account is not null && removed > 0)
                {
                    var entry = LedgerEntry.Spent(
                        memberId, removed, LedgerReasons.Expiry, $"expiry:{now:yyyy-MM-dd}", account.Balance, now);
                    db.Ledger.Add(entry);
                    outbox.Add(new PointsExpired(memberId, entry.Id, removed, account.Balance) { OccurredAt = now });
                }

                return memberId;
            }, cancellationToken), logger, cancellationToken);
        return (done.Count, skipped);
    }

    /// <summary>How many members were warned, and how many were skipped.</summary>
    public async Task<(int Members, int Skipped)> AnnounceExpiringSoonAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var horizon = now + options.Value.ReminderWindow;
        var unannounced = db.Lots.Where(l =>
            l.Remaining > 0 && !l.ExpiryAnnounced && l.ExpiresAt > now && l.ExpiresAt <= horizon);
        var members = await unannounced.Select(l => l.MemberId).Distinct().Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var (done, skipped) = await MemberByMember.RunAsync(db, members, memberId =>
            transactions.InCurrentTransactionAsync(memberId, async (_, ct) =>
            {
                var lots = await unannounced.Where(l => l.MemberId == memberId).ToListAsync(ct);
                if (lots.Count > 0)
                {
                    lots.ForEach(l => l.MarkExpiryAnnounced());
                    outbox.Add(new PointsExpiringSoon(memberId, lots.Sum(l => l.Remaining), lots.Min(l => l.ExpiresAt))
                    {
                        OccurredAt = now,
                    });
                }

                return memberId;
            }, cancellationToken), logger, cancellationToken);
        return (done.Count, skipped);
    }
}
