namespace Loyalty.Contracts.Feedback;

/// <summary>
/// Where an answer to "how likely are you to recommend us" (0–10) puts the member: 0–6 detractor, 7–8 passive,
/// 9–10 promoter (docs/kpis.md). Carried on the event so that no consumer keeps its own copy of the thresholds.
/// </summary>
public enum NpsGroup
{
    Detractor,
    Passive,
    Promoter,
}
