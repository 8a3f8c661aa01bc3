using Loyalty.Segmentation.Engine.Numerics;
using static Loyalty.Segmentation.Engine.Numerics.SpecialFunctions;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader &amp; Hardie, "The Gamma-Gamma Model of Monetary Value",
/// 2013): likelihood of a customer's mean repeat spend m over x transactions, maximum-likelihood fit, and the
/// expected mean spend given the customer's history (equation 5).
/// </summary>
public static partial class GammaGammaModel
{
    public static double LogLikelihood(GammaGammaParameters p, int x, double meanSpend)
    {
        var px = p.P * x;
        return LogGamma(px + p.Q) - LogGamma(px) - LogGamma(p.Q) + (p.Q * Math.Log(p.V))
            + ((px - 1) * Math.Log(meanSpend)) + (px * Math.Log(x)) - ((px + p.Q) * Math.Log(p.V + (x * meanSpend)));
    }

    /// <summary>
    /// Fits on the customers with frequency &gt; 0 and a positive mean spend, from p = q = v = 1, by BFGS on the log
    /// parameters with the analytic gradient.
    /// </summary>
    public static GammaGammaFit Fit(IEnumerable<CustomerSummary> customers)
    {
        var (frequency, spend) = (new List<int>(), new List<double>());
        foreach (var c in customers)
        {
            if (c.Frequency > 0)
            {
                frequency.Add(c.Frequency);
                spend.Add(c.MonetaryValue ?? throw new ArgumentException($"Customer {c.Id} has no monetary value."));
            }
        }

        return Fit([.. frequency], [.. spend]);
    }

    /// <inheritdoc cref="Fit(IEnumerable{CustomerSummary})"/>
    public static GammaGammaFit Fit(SummaryColumns customers)
    {
        var (frequency, spend) = Returning(customers);
        return Fit(frequency, spend);
    }

    /// <summary>The frequency and mean spend of the customers with frequency &gt; 0.</summary>
    private static (int[] Frequency, double[] Spend) Returning(SummaryColumns customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var monetary = customers.MonetaryValue
            ?? throw new ArgumentException("The customers have no monetary values.", nameof(customers));
        var returning = 0;
        foreach (var x in customers.Frequency)
        {
            returning += x > 0 ? 1 : 0;
        }

        var (frequency, spend) = (new int[returning], new double[returning]);
        for (int i = 0, j = 0; i < customers.Count; i++)
        {
            if (customers.Frequency[i] > 0)
            {
                (frequency[j], spend[j]) = (customers.Frequency[i], monetary[i]);
                j++;
            }
        }

        return (frequency, spend);
    }

    private static GammaGammaFit Fit(int[] frequency, double[] spend)
    {
        var (_, result) = Minimize(frequency, spend);
        var fitted = new GammaGammaParameters(
            Math.Exp(result.Point[0]), Math.Exp(result.Point[1]), Math.Exp(result.Point[2]));
        return new GammaGammaFit(
            fitted,
            -result.Value * frequency.Length,
            frequency.Length,
            result.Converged,
            result.Iterations,
            result.GradientNorm);
    }

    private static (GammaGammaLikelihood Likelihood, MinimizationResult Result) Minimize(
        int[] frequency, double[] spend)
    {
        foreach (var m in spend)
        {
            if (!(m > 0) || !double.IsFinite(m))
            {
                throw new ArgumentException(double.IsNaN(m)
                    ? "A returning customer has no monetary value."
                    : "Mean spend of returning customers must be positive.");
            }
        }

        if (frequency.Length == 0)
        {
            throw new ArgumentException("There are no customers with repeat purchases to fit.");
        }

        var likelihood = new GammaGammaLikelihood(frequency, spend);
        return (likelihood, Bfgs.Minimize(likelihood.NegativeMean, [0, 0, 0]));
    }

    /// <summary>
    /// E[mean spend per transaction | x, m]; the population mean p·v/(q−1) for customers with no repeat purchase.
    /// </summary>
    public static double ExpectedAverageSpend(GammaGammaParameters p, int x, double meanSpend) =>
        x == 0 ? p.P * p.V / (p.Q - 1) : p.P * (p.V + (x * meanSpend)) / ((p.P * x) + p.Q - 1);
}
