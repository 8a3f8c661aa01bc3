namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// One parameter: estimate, standard error from the observed information (inverse Hessian of the negative
/// log-likelihood at the optimum, in the parameters themselves, as lifetimes' summary reports), Wald 95 % interval
/// value ± 1.959964·se (as lifetimes prints lower 95% bound / upper 95% bound). NaN where the Hessian could not be
/// inverted.
/// </summary>
public sealed record ParameterEstimate(string Name, double Value, double StandardError, double Lower95, double Upper95)
{
    /// <summary>The standard normal's 97.5 % quantile.</summary>
    public const double Z95 = 1.959963984540054;

    public static ParameterEstimate Of(string name, double value, double standardError) =>
        new(name, value, standardError, value - (Z95 * standardError), value + (Z95 * standardError));
}
