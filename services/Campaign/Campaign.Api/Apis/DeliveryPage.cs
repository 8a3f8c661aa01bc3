using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Coupons;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A page of a campaign's deliveries, newest first.</summary>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Deliveries per page.</param>
/// <param name="Total">Deliveries that match, on every page.</param>
/// <param name="Items">This page's deliveries.</param>
public sealed record DeliveryPage(int Page, int PageSize, int Total, IReadOnlyList<DeliveryEntry> Items);

/// <summary>One member reached by a campaign in one run.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="RunKey">The run (once for triggered campaigns; the occurrence for scheduled ones).</param>
/// <param name="Outcome">Treated, Holdout, FrequencyCapped, BudgetExhausted or LimitReached.</param>
/// <param name="ShareKey">The budget share it drew from (a lifecycle segment); null when none.</param>
/// <param name="At">When the member was reached (treated, for a capped delivery retried later), UTC.</param>
/// <param name="Cost">What the budget reserved for it, in CNY.</param>
/// <param name="CouponId">The coupon issued to the member; null when none.</param>
/// <param name="CouponStatus">That coupon's status now (Active, Redeemed or Expired); null without a coupon.</param>
public sealed record DeliveryEntry(
    Guid MemberId,
    string RunKey,
    DeliveryOutcome Outcome,
    string? ShareKey,
    DateTimeOffset At,
    decimal Cost,
    Guid? CouponId,
    CouponStatus? CouponStatus)
{
    public static DeliveryEntry From(CampaignDelivery delivery, CouponStatus? couponStatus) => new(
        delivery.MemberId, delivery.RunKey, delivery.Outcome, delivery.ShareKey, delivery.At, delivery.Cost,
        delivery.CouponId, couponStatus);
}
