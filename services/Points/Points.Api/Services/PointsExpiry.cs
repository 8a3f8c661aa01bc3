using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Points.Api.Services;

/// <summary>
/// Expires lots whose time has come (one ledger entry and one PointsExpired per member) and warns members of points
/// expiring within the reminder window (one PointsExpiringSoon per member, each lot announced once).
/// Each member is handled in its own transaction under the account lock.
/// </summary>
public sealed class PointsExpiry(PointsDbContext db, IIntegrationEventOutbox outbox, PointsPosting posting, TimeProvider timeProvider, IOptions<ExpiryOptions> options)
{
    public const string Reason = "expiry";

    /// <summary>Returns how many members had points expire.</summary>
    public async Task<int> ExpireDueLotsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var members = await db.Lots.Where(l => l.Remaining > 0 && l.ExpiresAt <= now)
            .Select(l => l.MemberId).Distinct().Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        foreach (var memberId in members)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var account = await posting.LockAccountAsync(memberId, cancellationToken);
            var due = await db.Lots.Where(l => l.MemberId == memberId && l.Remaining > 0 && l.ExpiresAt <= now).ToListAsync(cancellationToken);
            var removed = account?.ExpireUpTo(due.Sum(l => l.Expire())) ?? 0;
            if (account is not null && removed > 0)
            {
                var entry = LedgerEntry.Spent(memberId, removed, Reason, $"expiry:{now:yyyy-MM-dd}", account.Balance, now);
                db.Ledger.Add(entry);
                outbox.Add(new PointsExpired(memberId, entry.Id, removed, account.Balance) { OccurredAt = now });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return members.Count;
    }

    /// <summary>Returns how many members were warned.</summary>
    public async Task<int> AnnounceExpiringSoonAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var horizon = now + options.Value.ReminderWindow;
        var members = await db.Lots.Where(l => l.Remaining > 0 && !l.ExpiryAnnounced && l.ExpiresAt > now && l.ExpiresAt <= horizon)
            .Select(l => l.MemberId).Distinct().Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        foreach (var memberId in members)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            _ = await posting.LockAccountAsync(memberId, cancellationToken);
            var lots = await db.Lots.Where(l => l.MemberId == memberId && l.Remaining > 0 && !l.ExpiryAnnounced && l.ExpiresAt > now && l.ExpiresAt <= horizon)
                .ToListAsync(cancellationToken);
            if (lots.Count > 0)
            {
                lots.ForEach(l => l.MarkExpiryAnnounced());
                outbox.Add(new PointsExpiringSoon(memberId, lots.Sum(l => l.Remaining), lots.Min(l => l.ExpiresAt)) { OccurredAt = now });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return members.Count;
    }
}
