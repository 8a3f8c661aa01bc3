using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Campaign;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Issues one coupon of a template to a member: stages the coupon and its CouponIssued event on the caller's DbContext
/// (and transaction), so they commit together. SourceRef is unique, which makes each issue happen once. Checks such
/// as the per-member limit belong to the caller (staff issues apply it; points-bought coupons are paid for and do not).
/// Campaign runs issue theirs in bulk (<see cref="CampaignExecutor"/>).
/// </summary>
public sealed class CouponIssuer(CampaignDbContext db, IIntegrationEventOutbox outbox)
{
    public Coupon Issue(
        CouponTemplate template, Guid memberId, Guid? campaignId, CouponSource source, string sourceRef,
        DateTimeOffset now)
    {
        var coupon = Coupon.Issue(template, memberId, campaignId, source, sourceRef, now);
        db.Coupons.Add(coupon);
        outbox.Add(new CouponIssued(
            coupon.Id, coupon.Code, memberId, template.Id, campaignId, coupon.ValidFrom, coupon.ValidUntil)
        {
            OccurredAt = now,
        });
        return coupon;
    }
}
