namespace Loyalty.Campaign.Api.Services;

/// <summary>
/// The KPIs of one campaign (or of all, CampaignId null) for the members reached in a date range; each is defined in
/// docs/kpis.md. Rates are fractions (0.25 = 25 %); a rate or amount is null when its denominator is zero.
/// </summary>
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
    double? TierUpgradeRateHoldout);
