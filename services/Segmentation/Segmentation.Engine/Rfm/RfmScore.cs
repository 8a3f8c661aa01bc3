namespace Loyalty.Segmentation.Engine.Rfm;

/// <summary>
/// One member's RFM values, 1–5 scores (5 best), group, lifecycle layer and the VIP / potential-churn flags.
/// </summary>
public sealed record RfmScore(
    string MemberId,
    int RecencyDays,
    int Frequency,
    decimal Monetary,
    int R,
    int F,
    int M,
    RfmGroup Group,
    LifecycleLayer Layer,
    bool IsVip,
    bool IsPotentialChurn);
