using Loyalty.Segmentation.Api.Domain;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>
/// One member's RFM values and 1–5 scores (as of ScoredOn; the nightly run rescores everyone, a purchase or refund
/// rescores the member at once), RFM group and lifecycle layer as segment codes, flags, predictions and current segments.
/// </summary>
public sealed record MemberSegmentsResponse(
    Guid MemberId,
    bool Registered,
    int Purchases,
    decimal Spend,
    DateOnly? FirstPurchaseOn,
    DateOnly? LastPurchaseOn,
    DateOnly? ScoredOn,
    int? RecencyDays,
    int? R,
    int? F,
    int? M,
    string? RfmGroup,
    string? Layer,
    bool IsVip,
    bool IsPotentialChurn,
    long PointsBalance,
    PredictionResponse? Predictions,
    IReadOnlyList<string> Segments)
{
    public static MemberSegmentsResponse From(SegmentMember m, IReadOnlyList<string> segments, int horizonDays) => new(
        m.Id,
        m.IsRegistered,
        m.Purchases,
        m.Spend,
        m.FirstPurchaseOn,
        m.LastPurchaseOn,
        m.ScoredOn,
        m.RecencyDays,
        m.R,
        m.F,
        m.M,
        m.Group is { } g ? BuiltInSegments.CodeOf(g) : null,
        m.Layer?.ToString(),
        m.IsVip,
        m.IsPotentialChurn,
        m.PointsBalance,
        m.ProbabilityAlive is { } alive
            ? new PredictionResponse(m.PredictedOn, alive, m.ExpectedPurchases ?? 0, horizonDays, m.ExpectedSpend ?? 0, m.Clv ?? 0)
            : null,
        segments);
}

/// <summary>Predictions from the latest model fit: P(alive), expected purchases in the next HorizonDays, expected spend per purchase, CLV (CNY).</summary>
public sealed record PredictionResponse(DateOnly? PredictedOn, double ProbabilityAlive, double ExpectedPurchases, int HorizonDays, decimal ExpectedSpend, decimal Clv);
