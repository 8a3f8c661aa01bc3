using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Loyalty.Contracts.Campaign;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Redeems a coupon against an order: single use, idempotent by order id (the same order gets the same answer).
/// The coupon row lock makes concurrent attempts queue; the first redeems, the others then see it used (or, for the
/// same order, the same answer). CouponRedeemed commits with the redemption.
/// </summary>
public sealed class RedeemCoupon(CampaignDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    /// <param name="memberId">The member presenting it, when the till knows; another member's coupon is
    /// refused.</param>
    public Task<RedeemCouponOutcome> HandleAsync(
        string code, string orderId, string storeId, Guid? memberId, Basket basket,
        CancellationToken cancellationToken) =>
        db.RunAsync<RedeemCouponOutcome>(
            async ct =>
            {
                var now = timeProvider.GetUtcNow();
                var coupon = await db.LockCouponAsync(CouponCodes.Normalize(code), ct);
                if (coupon is null)
                {
                    return new RedeemCouponOutcome.NotFound();
                }

                if (coupon.WasRedeemedFor(orderId))
                {
                    return new RedeemCouponOutcome.AlreadyRedeemed(coupon);
                }

                if (memberId is { } member && member != coupon.MemberId)
                {
                    return new RedeemCouponOutcome.NotYours();
                }

                var template = await db.CouponTemplates.AsNoTracking().SingleAsync(t => t.Id == coupon.TemplateId, ct);
                var check = CouponRules.Check(coupon, template, basket, now);
                if (!check.Usable)
                {
                    return new RedeemCouponOutcome.Refused(check);
                }

                coupon.Redeem(orderId, storeId, check.Discount, now);
                outbox.Add(new CouponRedeemed(
                    coupon.Id, coupon.MemberId, coupon.CampaignId, orderId, storeId, check.Discount)
                {
                    OccurredAt = now,
                });
                return new RedeemCouponOutcome.Redeemed(coupon, check);
            },
            cancellationToken);
}

/// <summary>How a redemption ended.</summary>
public abstract record RedeemCouponOutcome
{
    private RedeemCouponOutcome()
    {
    }

    public sealed record Redeemed(Coupon Coupon, CouponCheck Check) : RedeemCouponOutcome;

    /// <summary>Redeemed before for this same order.</summary>
    public sealed record AlreadyRedeemed(Coupon Coupon) : RedeemCouponOutcome;

    public sealed record NotFound : RedeemCouponOutcome;

    public sealed record NotYours : RedeemCouponOutcome;

    /// <summary>The checkout rules refuse it (<see cref="CouponCheck.Reason"/> says why).</summary>
    public sealed record Refused(CouponCheck Check) : RedeemCouponOutcome;
}
