namespace Loyalty.Console.Api;

// The answers the dashboard reads, as the services' OpenAPI documents describe them (only the fields it shows).

/// <summary>GET /api/purchases/daily: purchases, net revenue and AOV per clinic day.</summary>
public sealed record DailyPurchasesReport(DateOnly From, DateOnly To, string? StoreId, List<DailyPurchases> Days);

public sealed record DailyPurchases(
    DateOnly Date, int Purchases, decimal Revenue, decimal? AverageOrderValue, int Buyers);

/// <summary>GET /api/members/counts.</summary>
public sealed record MemberCounts(string? StoreId, int Total, List<TierCount> ByTier, int NewLast30Days);

public sealed record TierCount(string Tier, int Members);

/// <summary>GET /api/segments: a segment and its size now.</summary>
public sealed record SegmentSize(string Code, string Name, string Kind, int Members);

/// <summary>GET /api/points/liability.</summary>
public sealed record PointsLiability(long OutstandingPoints, int AccountsWithBalance, long ExpiringNext30Days);

/// <summary>GET /api/campaigns/kpis: the KPI overview of a date range.</summary>
public sealed record KpiOverview(
    DateOnly From, DateOnly To, OverallKpis Overall, long PointsLiability, decimal PointsLiabilityCny,
    DashboardKpis? Dashboard);

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

/// <summary>All campaigns' KPIs together; rates are fractions, null without a denominator.</summary>
public sealed record OverallKpis(
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
    double? Roi);
