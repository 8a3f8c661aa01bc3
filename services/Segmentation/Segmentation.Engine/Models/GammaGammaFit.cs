namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// A maximum-likelihood fit on the customers with at least one repeat purchase; convergence reported as in
/// <see cref="BgNbdFit"/>.
/// </summary>
public sealed record GammaGammaFit(
    GammaGammaParameters Parameters,
    double LogLikelihood,
    int Customers,
    bool Converged,
    int Iterations,
    double GradientNorm = double.NaN);
