namespace Loyalty.Segmentation.Api.Domain.Models;

/// <summary>
/// One refit of the purchase models on the members' histories up to a clinic day: BG/NBD (r, α, a, b) and
/// Gamma-Gamma (p, q, v) with their log-likelihoods and whether the optimiser converged. Recency, T and the horizon
/// are in <see cref="TimeUnit"/> (weeks); spend in CNY.
/// </summary>
public sealed class ModelFit
{
    public long Id { get; init; }

    public DateTimeOffset FittedAt { get; init; }

    public DateOnly CalibrationEnd { get; init; }

    public required string TimeUnit { get; init; }

    public int Customers { get; init; }

    public double R { get; init; }

    public double Alpha { get; init; }

    public double A { get; init; }

    public double B { get; init; }

    public double BgNbdLogLikelihood { get; init; }

    public bool BgNbdConverged { get; init; }

    public int BgNbdIterations { get; init; }

    /// <summary>
    /// Customers with a repeat purchase, on whom Gamma-Gamma is fitted; its parameters are null when there were too
    /// few.
    /// </summary>
    public int ReturningCustomers { get; init; }

    public double? P { get; init; }

    public double? Q { get; init; }

    public double? V { get; init; }

    public double? GammaGammaLogLikelihood { get; init; }

    public bool? GammaGammaConverged { get; init; }

    public int? GammaGammaIterations { get; init; }
}
