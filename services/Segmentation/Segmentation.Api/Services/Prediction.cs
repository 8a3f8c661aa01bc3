namespace Loyalty.Segmentation.Api.Services;

/// <summary>One member's predictions from the latest fit: P(alive), expected purchases over the horizon, expected spend per purchase, CLV.</summary>
public sealed record Prediction(double ProbabilityAlive, double ExpectedPurchases, decimal ExpectedSpend, decimal Clv);
