namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// The KPI report for a date range: all campaigns together, each campaign, and the points liability now.
/// </summary>
/// <param name="From">First day of the range (clinic calendar).</param>
/// <param name="To">Last day of the range (clinic calendar).</param>
/// <param name="Overall">The KPIs of all campaigns together.</param>
/// <param name="Campaigns">The KPIs of each campaign.</param>
/// <param name="PointsLiability">Points members hold now (unexpired).</param>
/// <param name="PointsLiabilityCny">What those points are worth in CNY.</param>
public sealed record KpiOverview(
    DateOnly From, DateOnly To, CampaignKpis Overall, IReadOnlyList<CampaignKpis> Campaigns, long PointsLiability,
    decimal PointsLiabilityCny);
