using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Members.Api.Domain;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Services;

/// <summary>
/// The membership-anniversary review: every member whose review date (clinic calendar) has come gets the tier their
/// rolling 12-month spend qualifies for, at most one level down (MemberTierChanged, reason "anniversary-review"),
/// and their next review a year on. Each member in its own transaction under the member row lock, which purchases
/// take too; SKIP LOCKED lets replicas share the work.
/// </summary>
public sealed class TierReview(MembersDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, IOptions<TierReviewOptions> options)
{
    public async Task<(int Reviewed, int Changed)> ReviewDueAsync(CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var thresholds = await db.TierThresholds.AsNoTracking().ToListAsync(cancellationToken);
        var due = await db.Members.Where(m => m.NextTierReviewOn <= today).OrderBy(m => m.NextTierReviewOn)
            .Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var (reviewed, changed) = (0, 0);
        foreach (var memberId in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var member = await db.Members
                .FromSql($"""SELECT * FROM members WHERE "Id" = {memberId} AND "NextTierReviewOn" <= {today} FOR UPDATE SKIP LOCKED""")
                .SingleOrDefaultAsync(cancellationToken);
            if (member is not null)
            {
                var now = timeProvider.GetUtcNow();
                var rollingSpend = await db.RollingSpendAsync(memberId, now, cancellationToken);
                reviewed++;
                if (member.ReviewTier(rollingSpend, thresholds, today, now) is { } change)
                {
                    db.TierHistory.Add(change.Change);
                    outbox.Add(change.Event);
                    changed++;
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (reviewed, changed);
    }
}
