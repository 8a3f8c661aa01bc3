using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Members.Api.Domain.Copies;
using Loyalty.Members.Api.Domain.Tiers;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Keeps a purchase Points recorded and adds it to the member's rolling spend: the tier goes up at once when a
/// threshold is crossed (MemberTierChanged, reason "spend-threshold"); a referred member's first purchase qualifies
/// the referral (ReferralQualified). Runs in the caller's transaction (the consumer's, with its inbox row).
/// </summary>
public sealed class RecordPurchase(MembersDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public abstract record Outcome
    {
        public sealed record Recorded : Outcome;

        /// <summary>This purchase was kept before (a redelivered or republished event): nothing changed.</summary>
        public sealed record Repeated : Outcome;

        /// <summary>Members registers every member before Points can record a purchase: this cannot be true.</summary>
        public sealed record UnknownMember : Outcome;
    }

    public async Task<Outcome> HandleAsync(PurchaseRecorded purchase, CancellationToken cancellationToken)
    {
        // The member row is the lock: two purchases of one member cannot both miss each other's spend.
        if (await db.LockMemberAsync(purchase.MemberId, cancellationToken) is not { } member)
        {
            return new Outcome.UnknownMember();
        }

        var now = timeProvider.GetUtcNow();
        var history = await db.PurchaseHistoryAsync(member.Id, purchase.PurchaseId, now, cancellationToken);
        if (history.AlreadyRecorded)
        {
            return new Outcome.Repeated();
        }

        var isFirstPurchase = history.Purchases == 0;
        var inWindow = TierRules.InRollingWindow(purchase.PaidAt, now);
        var rollingSpend = history.RollingSpend + (inWindow ? purchase.Amount : 0m);
        db.Purchases.Add(MemberPurchase.Record(purchase.PurchaseId, member.Id, purchase.Amount, purchase.PaidAt));

        var thresholds = await db.TierThresholds.AsNoTracking().ToListAsync(cancellationToken);
        if (member.UpgradeAfterPurchase(rollingSpend, thresholds, now) is { } upgrade)
        {
            db.TierHistory.Add(upgrade.Change);
            outbox.Add(upgrade.Event);
        }

        if (isFirstPurchase && member.ReferredByMemberId is { } referrer)
        {
            outbox.Add(new ReferralQualified(referrer, member.Id, purchase.ExternalOrderId) { OccurredAt = now });
        }

        return new Outcome.Recorded();
    }
}
