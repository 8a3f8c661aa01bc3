namespace Loyalty.Segmentation.Engine.Models;

/// <summary>A maximum-likelihood fit: the estimates, the total log-likelihood there, and how the optimiser ended.</summary>
public sealed record BgNbdFit(BgNbdParameters Parameters, double LogLikelihood, int Customers, bool Converged, int Iterations);
