namespace Loyalty.Purchases.Bench;

/// <summary>One POST /api/purchases: its latency, when it answered
/// (since its step started), and what went wrong if not a 201.</summary>
public readonly record struct PurchaseOutcome(double LatencyMs, TimeSpan AnsweredAt, string? Error);
