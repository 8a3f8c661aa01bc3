using System.Globalization;
using Loyalty.Segmentation.Engine.Numerics;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// The verdict on a maximum-likelihood fit, shared by every model: enough data (checked before optimising), then the
/// optimum on the boundary (a log parameter beyond <see cref="FitThresholds.BoundaryLogLimit"/>: the likelihood kept
/// rising towards 0 or ∞, so the "estimate" is wherever the optimiser gave up), then not converged, then a Hessian
/// that is not positive definite (no curvature in some direction: the data do not pin that combination down).
/// The boundary comes before convergence because a parameter running away is usually why the optimiser did not
/// converge, and it is the more useful reason.
/// </summary>
internal static class FitAssessment
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static FitRefusal? TooFew(int customers, int repeatBuyers, FitThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (customers < thresholds.MinCustomers)
        {
            return new FitRefusal(FitRefusalReason.TooFewCustomers, string.Create(Invariant,
                $"{customers} customers are fewer than the {thresholds.MinCustomers} a fit needs (MinCustomers)."));
        }

        return repeatBuyers < thresholds.MinRepeatBuyers
            ? new FitRefusal(FitRefusalReason.TooFewRepeatBuyers, string.Create(Invariant,
                $"{repeatBuyers} customers with a repeat purchase are fewer than the {thresholds.MinRepeatBuyers} ")
                + "a fit needs (MinRepeatBuyers).")
            : null;
    }

    /// <summary>
    /// The estimates with their standard errors and intervals (NaN where the Hessian cannot be inverted) and the
    /// refusal, if any, for a minimisation of a mean negative log-likelihood over log parameters named
    /// <paramref name="names"/> on <paramref name="customers"/> customers; <paramref name="meanHessian"/> gives that
    /// function's Hessian at a point.
    /// </summary>
    public static (IReadOnlyList<ParameterEstimate> Estimates, FitRefusal? Refusal) Assess(
        IReadOnlyList<string> names,
        Func<double[], double[,]> meanHessian,
        MinimizationResult result,
        int customers,
        FitThresholds thresholds)
    {
        var logs = result.Point;
        var inverse = AllFinite(logs) ? ObservedInformation.InverseIfPositiveDefinite(Scaled(meanHessian(logs), customers))
            : null;
        var estimates = new ParameterEstimate[names.Count];
        for (var i = 0; i < estimates.Length; i++)
        {
            var value = Math.Exp(logs[i]);
            estimates[i] = ParameterEstimate.Of(
                names[i], value, inverse is null ? double.NaN : value * Math.Sqrt(inverse[i, i]));
        }

        return (estimates, Refusal(names, result, inverse, estimates, thresholds));
    }

    private static FitRefusal? Refusal(
        IReadOnlyList<string> names,
        MinimizationResult result,
        double[,]? inverse,
        ParameterEstimate[] estimates,
        FitThresholds thresholds)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var log = result.Point[i];
            if (!(Math.Abs(log) <= thresholds.BoundaryLogLimit))
            {
                var towards = log < 0 ? "0" : "infinity";
                return new FitRefusal(FitRefusalReason.OnBoundary, string.Create(Invariant,
                    $"{names[i]} = {estimates[i].Value:G4} (ln {names[i]} = {log:F1}) ran towards {towards}, beyond "
                    + $"|ln {names[i]}| ≤ {thresholds.BoundaryLogLimit} (BoundaryLogLimit): ")
                    + "the data do not support an interior optimum.");
            }
        }

        if (!result.Converged)
        {
            return new FitRefusal(FitRefusalReason.NotConverged, string.Create(Invariant,
                $"The optimiser stopped after {result.Iterations} iterations with the largest gradient component at ")
                + string.Create(Invariant, $"{result.GradientNorm:G3}, short of convergence."));
        }

        return inverse is null || estimates.Any(e => !double.IsFinite(e.StandardError))
            ? new FitRefusal(FitRefusalReason.HessianNotPositiveDefinite,
                "The Hessian of the log-likelihood at the optimum is not positive definite: the data do not " +
                "determine every parameter, so no standard errors exist.")
            : null;
    }

    private static bool AllFinite(double[] values) => values.All(double.IsFinite);

    private static double[,] Scaled(double[,] matrix, double scale)
    {
        foreach (var index in Enumerable.Range(0, matrix.Length))
        {
            matrix[index / matrix.GetLength(1), index % matrix.GetLength(1)] *= scale;
        }

        return matrix;
    }
}
