namespace Loyalty.Segmentation.Api.Domain.Models;

/// <summary>
/// One member's predictions from the latest fit: P(alive), expected purchases over the horizon, expected spend per
/// purchase, CLV.
/// </summary>
public sealed record Prediction(double ProbabilityAlive, double ExpectedPurchases, decimal ExpectedSpend, decimal Clv);
