using Loyalty.Segmentation.Engine.Numerics;
using static Loyalty.Segmentation.Engine.Numerics.SpecialFunctions;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader &amp; Hardie, "The Gamma-Gamma Model of Monetary Value",
/// 2013): likelihood of a customer's mean repeat spend m over x transactions, maximum-likelihood fit, and the
/// expected mean spend given the customer's history (equation 5).
/// </summary>
public static class GammaGammaModel
{
    public static double LogLikelihood(GammaGammaParameters p, int x, double meanSpend)
    {
        var px = p.P * x;
        return LogGamma(px + p.Q) - LogGamma(px) - LogGamma(p.Q) + (p.Q * Math.Log(p.V))
            + ((px - 1) * Math.Log(meanSpend)) + (px * Math.Log(x)) - ((px + p.Q) * Math.Log(p.V + (x * meanSpend)));
    }

    /// <summary>Fits on the customers with frequency &gt; 0 and a positive mean spend, from p = q = v = 1.</summary>
    public static GammaGammaFit Fit(IEnumerable<CustomerSummary> customers)
    {
        var returning = customers.Where(c => c.Frequency > 0).Select(c => (c.Frequency, Spend: c.MonetaryValue ?? throw new ArgumentException($"Customer {c.Id} has no monetary value.")))
            .ToArray();
        if (returning.Any(c => c.Spend <= 0))
        {
            throw new ArgumentException("Mean spend of returning customers must be positive.");
        }

        var groups = returning.GroupBy(c => c).Select(g => (g.Key.Frequency, LogSpend: Math.Log(g.Key.Spend), g.Key.Spend, Weight: (double)g.Count())).ToArray();
        var maxFrequency = groups.Length == 0 ? 0 : groups.Max(g => g.Frequency);
        var byFrequency = new double[maxFrequency + 1];
        double Objective(double[] logs)
        {
            var p = new GammaGammaParameters(Math.Exp(logs[0]), Math.Exp(logs[1]), Math.Exp(logs[2]));

            // The log-gamma terms depend on x only: once per distinct frequency, not once per customer.
            var constant = (p.Q * Math.Log(p.V)) - LogGamma(p.Q);
            for (var x = 1; x <= maxFrequency; x++)
            {
                var px = p.P * x;
                byFrequency[x] = constant + LogGamma(px + p.Q) - LogGamma(px) + (px * Math.Log(x));
            }

            var sum = 0d;
            foreach (var (x, logSpend, spend, weight) in groups)
            {
                var px = p.P * x;
                sum += weight * (byFrequency[x] + ((px - 1) * logSpend) - ((px + p.Q) * Math.Log(p.V + (x * spend))));
            }

            return -sum / returning.Length;
        }

        var result = NelderMead.Minimize(Objective, [0, 0, 0]);
        var fitted = new GammaGammaParameters(Math.Exp(result.Point[0]), Math.Exp(result.Point[1]), Math.Exp(result.Point[2]));
        return new GammaGammaFit(fitted, -result.Value * returning.Length, returning.Length, result.Converged, result.Iterations);
    }

    /// <summary>E[mean spend per transaction | x, m]; the population mean p·v/(q−1) for customers with no repeat purchase.</summary>
    public static double ExpectedAverageSpend(GammaGammaParameters p, int x, double meanSpend) =>
        x == 0 ? p.P * p.V / (p.Q - 1) : p.P * (p.V + (x * meanSpend)) / ((p.P * x) + p.Q - 1);
}
