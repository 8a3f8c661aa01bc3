namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// Gamma-Gamma spend parameters (Fader &amp; Hardie 2013): a transaction's value is Gamma(p, ν), ν ~ Gamma(q, v)
/// across customers.
/// </summary>
public sealed record GammaGammaParameters(double P, double Q, double V);
