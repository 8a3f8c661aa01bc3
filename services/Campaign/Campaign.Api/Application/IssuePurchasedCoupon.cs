using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Issues the coupon a member bought with points (PointsRedeemed with a CouponTemplateId), inside the consumer's
/// transaction: one per redemption (SourceRef "points:{LedgerEntryId}"), Source Points, the per-member limit not
/// applied (it is paid for). An unknown template or one whose validity has ended throws: the event is redelivered,
/// then lands in the error queue for operations (the points are spent; they refund or fix the template and move it
/// back). A late redemption event of an erased member issues nothing: she can no longer use a code.
/// </summary>
public sealed class IssuePurchasedCoupon(CampaignDbContext db, CouponIssuer issuer, TimeProvider timeProvider)
{
    public async Task HandleAsync(PointsRedeemed points, CancellationToken cancellationToken)
    {
        if (points.CouponTemplateId is not { } templateId)
        {
            return;
        }

        var sourceRef = $"points:{points.LedgerEntryId:N}";
        if (await db.Coupons.AnyAsync(c => c.SourceRef == sourceRef, cancellationToken)
            || await db.IsErasedAsync(points.MemberId, cancellationToken))
        {
            return;
        }

        var template = await db.CouponTemplates.AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Points redemption {points.LedgerEntryId} bought coupon template {templateId}, which does not exist.");
        var now = timeProvider.GetUtcNow();
        if (template.ValidityFor(now).Until <= now)
        {
            throw new InvalidOperationException(
                $"Points redemption {points.LedgerEntryId} bought coupon template {templateId}, "
                + "whose validity has ended.");
        }

        issuer.Issue(template, points.MemberId, null, CouponSource.Points, sourceRef, now);
    }
}
