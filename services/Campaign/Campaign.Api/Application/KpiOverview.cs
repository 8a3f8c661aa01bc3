namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// The KPI report for a date range: all campaigns together, each campaign, the chain's dashboard figures and the
/// points liability now.
/// </summary>
/// <param name="From">First day of the range (clinic calendar).</param>
/// <param name="To">Last day of the range (clinic calendar).</param>
/// <param name="Overall">The KPIs of all campaigns together.</param>
/// <param name="Campaigns">The KPIs of each campaign.</param>
/// <param name="PointsLiability">Points members hold now (unexpired).</param>
/// <param name="PointsLiabilityCny">What those points are worth in CNY.</param>
/// <param name="StoreId">The home store the figures are limited to; null for the whole chain.</param>
/// <param name="Dashboard">The dashboard's figures for the range, campaigns or not.</param>
public sealed record KpiOverview(
    DateOnly From, DateOnly To, CampaignKpis Overall, IReadOnlyList<CampaignKpis> Campaigns, long PointsLiability,
    decimal PointsLiabilityCny, string? StoreId, DashboardKpis Dashboard);

/// <summary>
/// The dashboard's figures for a date range (docs/kpis.md, "Dashboard"). Rates are fractions; null when their
/// denominator is zero.
/// </summary>
/// <param name="Buyers">Members with a purchase in the range.</param>
/// <param name="Repurchasers">Of those, members with another purchase within 30 days after one in the range.</param>
/// <param name="RepurchaseRate30d">Repurchasers over buyers.</param>
/// <param name="NewMembers">Members registered in the range.</param>
/// <param name="NewMemberBuyers">Of those, members with a purchase in their first 30 days.</param>
/// <param name="NewMemberRepurchaseRate30d">New members with two or more purchases in their first 30 days over
/// those with one or more.</param>
/// <param name="DormantWakeUpRate">Campaigns' treated dormant members who bought within 30 days of being reached
/// (Overall.WakeUpRateTreated).</param>
/// <param name="CouponsIssued">Coupons issued in the range (campaigns, staff, points catalogue, tasks).</param>
/// <param name="CouponsRedeemed">Of those, coupons redeemed.</param>
/// <param name="CouponRedemptionRate">Redeemed over issued.</param>
/// <param name="CampaignParticipationRate">Campaigns' treated members who redeemed the coupon or bought within 30
/// days of being reached (Overall.ParticipationRate).</param>
public sealed record DashboardKpis(
    int Buyers,
    int Repurchasers,
    double? RepurchaseRate30d,
    int NewMembers,
    int NewMemberBuyers,
    double? NewMemberRepurchaseRate30d,
    double? DormantWakeUpRate,
    int CouponsIssued,
    int CouponsRedeemed,
    double? CouponRedemptionRate,
    double? CampaignParticipationRate);
