namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// A maximum-likelihood fit: the estimates, the total log-likelihood there, and how the optimiser ended — whether it
/// converged, after how many iterations, and the largest component of the gradient of the mean log-likelihood with
/// respect to the log parameters where it stopped.
/// </summary>
public sealed record BgNbdFit(
    BgNbdParameters Parameters,
    double LogLikelihood,
    int Customers,
    bool Converged,
    int Iterations,
    double GradientNorm = double.NaN);
