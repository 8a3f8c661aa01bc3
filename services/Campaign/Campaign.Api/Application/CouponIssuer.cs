using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Campaign;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Issues one coupon of a template to a member: stages the coupon and its CouponIssued event on the caller's DbContext
/// (and transaction), so they commit together. SourceRef is unique, which makes each issue happen once.
/// Checks such as the per-member limit belong to the caller (staff issues apply it; points-bought coupons are paid for and do not).
/// </summary>
public sealed class CouponIssuer(CampaignDbContext db, IIntegrationEventOutbox outbox)
{
    public Coupon Issue(CouponTemplate template, Guid memberId, CouponSource source, string sourceRef, DateTimeOffset now)
    {
        var (from, until) = template.ValidityFor(now);
        var coupon = new Coupon
        {
            Id = Guid.CreateVersion7(now), Code = CouponCodes.New(), TemplateId = template.Id, MemberId = memberId, Source = source, SourceRef = sourceRef,
            FaceValue = template.FaceValue, IssuedAt = now, ValidFrom = from, ValidUntil = until, Status = CouponStatus.Active,
        };
        db.Coupons.Add(coupon);
        outbox.Add(new CouponIssued(coupon.Id, coupon.Code, memberId, template.Id, null, from, until) { OccurredAt = now });
        return coupon;
    }
}
