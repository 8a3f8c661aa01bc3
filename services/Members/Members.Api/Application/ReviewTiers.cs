using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
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
/// take too; SKIP LOCKED lets replicas share the work. A member whose data fails the review is skipped, logged and
/// counted (<see cref="MemberByMember"/>).
/// </summary>
public sealed class TierReview(
    MembersDbContext db,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider,
    IOptions<TierReviewOptions> options,
    ILogger<TierReview> logger)
{
    public async Task<TierReviewOutcome> ReviewDueAsync(CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var thresholds = await db.TierThresholds.AsNoTracking().ToListAsync(cancellationToken);
        var due = await db.Members.Where(m => m.NextTierReviewOn <= today).OrderBy(m => m.NextTierReviewOn)
            .Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var (done, skipped) = await MemberByMember.RunAsync(db, due, async memberId =>
        {
            var member = await db.Members
                .FromSql($"""SELECT * FROM members WHERE "Id" = {memberId} AND "NextTierReviewOn" <= {today} FOR UPDATE SKIP LOCKED""")
                .SingleOrDefaultAsync(cancellationToken);
            if (member is null)
            {
                return Review.NotTaken;
            }

            var now = timeProvider.GetUtcNow();
            var rollingSpend = await db.RollingSpendAsync(memberId, now, cancellationToken);
            if (member.ReviewTier(rollingSpend, thresholds, today, now) is not { } change)
            {
                return Review.Kept;
            }

            db.TierHistory.Add(change.Change);
            outbox.Add(change.Event);
            return Review.Changed;
        }, logger, cancellationToken);
        return new TierReviewOutcome(done.Count(r => r != Review.NotTaken), done.Count(r => r == Review.Changed), skipped);
    }

    private enum Review
    {
        NotTaken, // another replica holds the member, or reviewed them already
        Kept,
        Changed,
    }
}

/// <summary>Members reviewed, of them those who changed tier, and those skipped because their data failed the review.</summary>
public sealed record TierReviewOutcome(int Reviewed, int Changed, int Skipped);
