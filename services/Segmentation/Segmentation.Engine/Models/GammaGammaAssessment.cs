using Loyalty.Segmentation.Engine.Numerics;

namespace Loyalty.Segmentation.Engine.Models;

public static partial class GammaGammaModel
{
    private static readonly string[] Names = ["p", "q", "v"];

    /// <summary>
    /// Fits on the customers with frequency &gt; 0 and assesses the fit: fewer than MinRepeatBuyers of them refuses
    /// without optimising (MinCustomers does not apply: the base's size is the purchase model's concern); then on the
    /// boundary, not converged, or a Hessian that is not positive definite refuses with the estimates still reported.
    /// Missing or non-positive mean spend of a returning customer is bad input (ArgumentException), as for Fit.
    /// </summary>
    public static SpendModelFit FitAssessed(SummaryColumns customers, FitThresholds thresholds)
    {
        var (frequency, spend) = Returning(customers);
        var n = frequency.Length;
        if (FitAssessment.TooFew(int.MaxValue, n, thresholds) is { } tooFew)
        {
            return new SpendModelFit([], double.NaN, n, false, 0, double.NaN, tooFew);
        }

        var (likelihood, result) = Minimize(frequency, spend);
        var (estimates, refusal) = FitAssessment.Assess(
            Names, point => ObservedInformation.Hessian(likelihood.NegativeMean, point, 1), result, n, thresholds);
        return new SpendModelFit(
            estimates, -result.Value * n, n, result.Converged, result.Iterations, result.GradientNorm, refusal);
    }

    /// <summary>The point estimates of an assessed fit, for <see cref="ExpectedAverageSpend"/> and CLV.</summary>
    public static GammaGammaParameters ParametersOf(SpendModelFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Parameters.Count == Names.Length
            ? new GammaGammaParameters(fit["p"], fit["q"], fit["v"])
            : throw new ArgumentException("The fit was refused before it had estimates.", nameof(fit));
    }
}
