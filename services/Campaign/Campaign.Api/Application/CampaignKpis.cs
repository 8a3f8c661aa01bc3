namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// The KPIs of one campaign (or of all, CampaignId null) for the members reached in a date range; each is defined in
/// docs/kpis.md. Rates are fractions (0.25 = 25 %); a rate or amount is null when its denominator is zero.
/// </summary>
/// <param name="CampaignId">The campaign; null for all campaigns together.</param>
/// <param name="Reach">Members treated in the range.</param>
/// <param name="HoldoutSize">Members held out in the range.</param>
/// <param name="CouponsIssued">Coupons issued to treated members.</param>
/// <param name="CouponsRedeemed">Of those, coupons redeemed.</param>
/// <param name="CouponRedemptionRate">Redeemed over issued; null without coupons.</param>
/// <param name="ParticipationRate">Share of treated members who acted; null without reach.</param>
/// <param name="RepurchaseRateTreated">Share of treated members who bought afterwards.</param>
/// <param name="RepurchaseRateHoldout">Share of held-out members who bought afterwards.</param>
/// <param name="RepurchaseUplift">Treated minus holdout repurchase rate.</param>
/// <param name="UpliftCi95Low">Lower end of the uplift's 95 % confidence interval.</param>
/// <param name="UpliftCi95High">Upper end of the uplift's 95 % confidence interval.</param>
/// <param name="WakeUpRateTreated">Share of treated dormant members who bought again.</param>
/// <param name="WakeUpRateHoldout">Share of held-out dormant members who bought again.</param>
/// <param name="AverageOrderValue">Average purchase of treated members afterwards, in CNY.</param>
/// <param name="RevenueTreated">Revenue from treated members afterwards, in CNY.</param>
/// <param name="IncrementalRevenue">Revenue beyond what the holdout rate predicts, in CNY.</param>
/// <param name="Cost">What the campaign spent, in CNY (coupon discounts and points at their worth).</param>
/// <param name="Roi">Incremental revenue over cost; null without cost.</param>
/// <param name="TierUpgradeRateTreated">Share of treated members who moved up a tier.</param>
/// <param name="TierUpgradeRateHoldout">Share of held-out members who moved up a tier.</param>
public sealed record CampaignKpis(
    Guid? CampaignId,
    int Reach,
    int HoldoutSize,
    int CouponsIssued,
    int CouponsRedeemed,
    double? CouponRedemptionRate,
    double? ParticipationRate,
    double? RepurchaseRateTreated,
    double? RepurchaseRateHoldout,
    double? RepurchaseUplift,
    double? UpliftCi95Low,
    double? UpliftCi95High,
    double? WakeUpRateTreated,
    double? WakeUpRateHoldout,
    decimal? AverageOrderValue,
    decimal RevenueTreated,
    decimal? IncrementalRevenue,
    decimal Cost,
    double? Roi,
    double? TierUpgradeRateTreated,
    double? TierUpgradeRateHoldout)
{
    /// <summary>Survey answers of treated and held-out members: NPS with its 95 % interval and satisfaction.</summary>
    public FeedbackKpis Feedback { get; init; } = FeedbackKpis.None;
}
