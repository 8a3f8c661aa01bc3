namespace Loyalty.Segmentation.Engine.Models;

/// <summary>A maximum-likelihood fit on the customers with at least one repeat purchase.</summary>
public sealed record GammaGammaFit(GammaGammaParameters Parameters, double LogLikelihood, int Customers, bool Converged, int Iterations);
