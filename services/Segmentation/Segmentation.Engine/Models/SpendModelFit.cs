namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// Gamma-Gamma with uncertainty and verdict (parameters p, q, v), on the customers with frequency &gt; 0; refusals as
/// for <see cref="PurchaseModelFit"/> (TooFewRepeatBuyers when fewer than MinRepeatBuyers).
/// </summary>
public sealed record SpendModelFit(
    IReadOnlyList<ParameterEstimate> Parameters,
    double LogLikelihood,
    int Customers,
    bool Converged,
    int Iterations,
    double GradientNorm,
    FitRefusal? Refusal)
{
    public bool Sound => Refusal is null;

    /// <summary>The value of a parameter by name.</summary>
    public double this[string name] => ParameterValues.Of(Parameters, name);
}
