using Loyalty.Contracts.Feedback;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Segments;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>
/// One member's RFM values and 1–5 scores (as of ScoredOn; the nightly run rescores everyone, a purchase or refund
/// rescores the member at once), RFM group and lifecycle layer as segment codes, flags, predictions and current
/// segments.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="Registered">
/// Whether Members' registration has arrived (false: a placeholder from earlier events).
/// </param>
/// <param name="Purchases">Purchases that count (a fully refunded one does not).</param>
/// <param name="Spend">Spend in CNY, net of refunds.</param>
/// <param name="FirstPurchaseOn">The first purchase's clinic day.</param>
/// <param name="LastPurchaseOn">The last purchase's clinic day.</param>
/// <param name="ScoredOn">The clinic day of the scores.</param>
/// <param name="RecencyDays">Days from the last purchase to ScoredOn.</param>
/// <param name="R">Recency score 1–5.</param>
/// <param name="F">Frequency score 1–5.</param>
/// <param name="M">Monetary score 1–5.</param>
/// <param name="RfmGroup">The R×F group's segment code (rfm-champions, rfm-at-risk, ...).</param>
/// <param name="Layer">The lifecycle layer: New, Active or Dormant.</param>
/// <param name="IsVip">Whether the member is a VIP.</param>
/// <param name="IsPotentialChurn">Whether the member is likely to churn.</param>
/// <param name="PointsBalance">The points balance, as Points last reported it.</param>
/// <param name="Predictions">The latest model predictions; null before the first fit.</param>
/// <param name="Segments">The codes of every segment the member is in.</param>
/// <param name="LatestNps">The member's latest NPS answer (from Feedback's surveys); null before her first.</param>
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
    IReadOnlyList<string> Segments,
    LatestNpsResponse? LatestNps)
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
            ? new PredictionResponse(
                m.PredictedOn, alive, m.ExpectedPurchases ?? 0, horizonDays, m.ExpectedSpend ?? 0, m.Clv ?? 0)
            : null,
        segments,
        m is { LatestNps: { } score, LatestNpsGroup: { } group, LatestNpsAt: { } answeredAt }
            ? new LatestNpsResponse(score, group, answeredAt)
            : null);
}

/// <summary>The member's latest answer to "how likely are you to recommend us" (latest by when she answered).</summary>
/// <param name="Score">The answer, 0–10.</param>
/// <param name="Group">Promoter (9–10), Passive (7–8) or Detractor (0–6).</param>
/// <param name="AnsweredAt">When she answered (UTC).</param>
public sealed record LatestNpsResponse(int Score, NpsGroup Group, DateTimeOffset AnsweredAt);

/// <summary>
/// Predictions from the latest model fit: P(alive), expected purchases in the next HorizonDays, expected spend per
/// purchase, CLV (CNY).
/// </summary>
/// <param name="PredictedOn">The clinic day of the prediction.</param>
/// <param name="ProbabilityAlive">P(alive): the chance the member is still a customer.</param>
/// <param name="ExpectedPurchases">Expected purchases in the next horizonDays.</param>
/// <param name="HorizonDays">The horizon of expectedPurchases, in days.</param>
/// <param name="ExpectedSpend">Expected spend per purchase, in CNY.</param>
/// <param name="Clv">Predicted 12-month customer lifetime value, in CNY.</param>
public sealed record PredictionResponse(
    DateOnly? PredictedOn,
    double ProbabilityAlive,
    double ExpectedPurchases,
    int HorizonDays,
    decimal ExpectedSpend,
    decimal Clv);
