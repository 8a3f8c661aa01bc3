using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Members.Api.Domain;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.IntegrationEvents;

/// <summary>
/// Adds the purchase to the member's rolling spend and upgrades the tier at once when a threshold is crossed
/// (MemberTierChanged, reason "spend-threshold"). A referred member's first purchase qualifies the referral.
/// </summary>
public sealed class PurchaseRecordedConsumer(
    MembersDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, MembersDbContext>(db, timeProvider, logger)
{
    public const string SpendThresholdReason = "spend-threshold";

    protected override async Task HandleAsync(PurchaseRecorded purchase, CancellationToken cancellationToken)
    {
        // The member row is the lock: two purchases of one member cannot both miss each other's spend. Members
        // registers every member before Points can record a purchase: an unknown one cannot be true.
        var member = await DbContext.Members
            .FromSql($"""SELECT * FROM members WHERE "Id" = {purchase.MemberId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken) ?? throw Impossible(purchase, "memberId is not a member");

        var now = TimeProvider.GetUtcNow();
        var history = await DbContext.PurchaseHistoryAsync(member.Id, purchase.PurchaseId, now, cancellationToken);
        if (history.AlreadyRecorded)
        {
            return;
        }

        var isFirstPurchase = history.Purchases == 0;
        var rollingSpend = history.RollingSpend + (purchase.PaidAt > now - TierRules.RollingWindow ? purchase.Amount : 0m);
        DbContext.Purchases.Add(new MemberPurchase { PurchaseId = purchase.PurchaseId, MemberId = member.Id, Amount = purchase.Amount, PaidAt = purchase.PaidAt });

        var thresholds = await DbContext.TierThresholds.AsNoTracking().ToListAsync(cancellationToken);
        if (member.ChangeTier(TierRules.AfterPurchase(member.Tier, rollingSpend, thresholds), SpendThresholdReason, rollingSpend, now) is { } upgrade)
        {
            DbContext.TierHistory.Add(upgrade.Change);
            outbox.Add(upgrade.Event);
        }

        if (isFirstPurchase && member.ReferredByMemberId is { } referrer)
        {
            outbox.Add(new ReferralQualified(referrer, member.Id, purchase.ExternalOrderId) { OccurredAt = now });
        }
    }
}
