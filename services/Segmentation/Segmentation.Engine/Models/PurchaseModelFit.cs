namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// A purchase-count model's fit with its uncertainty and verdict. Parameters in the model's order: BG/NBD and MBG/NBD
/// r, alpha, a, b; Pareto/NBD r, alpha, s, beta. Converged, Iterations and GradientNorm are the optimiser's, as in
/// <see cref="BgNbdFit"/>; a fit refused before optimising has no parameters.
/// </summary>
public sealed record PurchaseModelFit(
    PurchaseModel Model,
    IReadOnlyList<ParameterEstimate> Parameters,
    double LogLikelihood,
    int Customers,
    int RepeatBuyers,
    bool Converged,
    int Iterations,
    double GradientNorm,
    FitRefusal? Refusal)
{
    public bool Sound => Refusal is null;

    /// <summary>The value of a parameter by name.</summary>
    public double this[string name] => ParameterValues.Of(Parameters, name);
}

internal static class ParameterValues
{
    public static double Of(IReadOnlyList<ParameterEstimate> parameters, string name)
    {
        foreach (var p in parameters)
        {
            if (p.Name == name)
            {
                return p.Value;
            }
        }

        throw new KeyNotFoundException($"The fit has no parameter \"{name}\".");
    }
}
