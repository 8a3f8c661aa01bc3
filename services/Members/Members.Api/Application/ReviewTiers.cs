using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Loyalty.Members.Api.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// The membership-anniversary review: every member whose review date (clinic calendar) has come gets the tier their
/// rolling 12-month spend qualifies for, at most one level down (MemberTierChanged, reason "anniversary-review"),
/// and their next review a year on. Each member in its own transaction under the member row lock, which purchases
/// take too; SKIP LOCKED lets replicas share the work. A member whose data fails the review is skipped, logged and
/// counted (<see cref="MemberByMember"/>).
/// </summary>
public sealed class ReviewTiers(
    MembersDbContext db,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider,
    IOptions<TierReviewOptions> options,
    ILogger<ReviewTiers> logger)
{
    /// <summary>
    /// Members reviewed, of them those who changed tier, and those skipped because their data failed.
    /// </summary>
    public sealed record Outcome(int Reviewed, int Changed, int Skipped);

    public async Task<Outcome> HandleAsync(CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var thresholds = await db.TierThresholds.AsNoTracking().ToListAsync(cancellationToken);
        var due = await db.Members.Where(m => m.NextTierReviewOn <= today).OrderBy(m => m.NextTierReviewOn)
            .Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var (done, skipped) = await MemberByMember.RunAsync(db, due, async memberId =>
        {
            if (await db.LockMemberDueForReviewAsync(memberId, today, cancellationToken) is not { } member)
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
        return new Outcome(done.Count(r => r != Review.NotTaken), done.Count(r => r == Review.Changed), skipped);
    }

    private enum Review
    {
        NotTaken, // another replica holds the member, or reviewed them already
        Kept,
        Changed,
    }
}
