namespace Loyalty.Campaign.Api.Services;

/// <summary>The KPI report for a date range: all campaigns together, each campaign, and the points liability now.</summary>
public sealed record KpiOverview(DateOnly From, DateOnly To, CampaignKpis Overall, IReadOnlyList<CampaignKpis> Campaigns, long PointsLiability, decimal PointsLiabilityCny);
