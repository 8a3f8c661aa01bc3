using Loyalty.Segmentation.Engine.Numerics;
using static Loyalty.Segmentation.Engine.Numerics.SpecialFunctions;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// The BG/NBD model (Fader, Hardie &amp; Lee, "Counting Your Customers the Easy Way", Marketing Science 2005):
/// likelihood (their equation 6, in log space), maximum-likelihood fit, P(alive) and the expected number of
/// purchases in the next t time units (equation 10, with ₂F₁).
/// </summary>
public static class BgNbdModel
{
    /// <summary>ln L(r, α, a, b | x, tₓ, T) for one customer.</summary>
    public static double LogLikelihood(BgNbdParameters p, int x, double tx, double t)
    {
        var common = LogGamma(p.R + x) - LogGamma(p.R) + (p.R * Math.Log(p.Alpha))
            + LogGamma(p.A + p.B) + LogGamma(p.B + x) - LogGamma(p.B) - LogGamma(p.A + p.B + x);
        var stillAlive = -(p.R + x) * Math.Log(p.Alpha + t);
        if (x == 0)
        {
            return common + stillAlive;
        }

        var droppedAfterLast = Math.Log(p.A) - Math.Log(p.B + x - 1) - ((p.R + x) * Math.Log(p.Alpha + tx));
        return common + LogSumExp(stillAlive, droppedAfterLast);
    }

    public static double TotalLogLikelihood(BgNbdParameters p, IEnumerable<CustomerSummary> customers) =>
        customers.Sum(c => LogLikelihood(p, c.Frequency, c.Recency, c.T));

    /// <summary>
    /// Maximum likelihood over log parameters (so all stay positive), starting from r = α = a = b = 1. Customers
    /// with the same (x, tₓ, T) are evaluated once and weighted, which makes large bases cheap.
    /// </summary>
    public static BgNbdFit Fit(IReadOnlyCollection<CustomerSummary> customers)
    {
        Validate(customers);
        var groups = customers.GroupBy(c => (c.Frequency, c.Recency, c.T)).Select(g => (g.Key.Frequency, g.Key.Recency, g.Key.T, Weight: (double)g.Count())).ToArray();
        var maxFrequency = groups.Length == 0 ? 0 : groups.Max(g => g.Frequency);
        var n = customers.Count;
        var byFrequency = new double[maxFrequency + 1];
        double Objective(double[] logs)
        {
            var p = new BgNbdParameters(Math.Exp(logs[0]), Math.Exp(logs[1]), Math.Exp(logs[2]), Math.Exp(logs[3]));

            // The log-gamma terms depend on x only: once per distinct frequency, not once per customer.
            var constant = LogGamma(p.A + p.B) - LogGamma(p.R) - LogGamma(p.B) + (p.R * Math.Log(p.Alpha));
            for (var x = 0; x <= maxFrequency; x++)
            {
                byFrequency[x] = constant + LogGamma(p.R + x) + LogGamma(p.B + x) - LogGamma(p.A + p.B + x);
            }

            var (logA, sum) = (Math.Log(p.A), 0d);
            foreach (var (x, tx, t, weight) in groups)
            {
                var stillAlive = -(p.R + x) * Math.Log(p.Alpha + t);
                var ll = x == 0 ? stillAlive : LogSumExp(stillAlive, logA - Math.Log(p.B + x - 1) - ((p.R + x) * Math.Log(p.Alpha + tx)));
                sum += weight * (byFrequency[x] + ll);
            }

            return -sum / n;
        }

        var result = NelderMead.Minimize(Objective, [0, 0, 0, 0]);
        var fitted = new BgNbdParameters(Math.Exp(result.Point[0]), Math.Exp(result.Point[1]), Math.Exp(result.Point[2]), Math.Exp(result.Point[3]));
        return new BgNbdFit(fitted, -result.Value * n, n, result.Converged, result.Iterations);
    }

    /// <summary>P(the customer has not dropped out | x, tₓ, T).</summary>
    public static double ProbabilityAlive(BgNbdParameters p, int x, double tx, double t) =>
        x == 0 ? 1d : 1d / (1d + Math.Exp(Math.Log(p.A / (p.B + x - 1)) + ((p.R + x) * Math.Log((p.Alpha + t) / (p.Alpha + tx)))));

    /// <summary>E[purchases in the next <paramref name="horizon"/> time units | x, tₓ, T].</summary>
    public static double ExpectedPurchases(BgNbdParameters p, int x, double tx, double t, double horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        if (horizon == 0)
        {
            return 0;
        }

        var z = horizon / (p.Alpha + t + horizon);
        var hyp = Hypergeometric2F1(p.R + x, p.B + x, p.A + p.B + x - 1, z);
        var numerator = (p.A + p.B + x - 1) / (p.A - 1) * (1 - (Math.Exp((p.R + x) * Math.Log((p.Alpha + t) / (p.Alpha + t + horizon))) * hyp));
        return numerator * ProbabilityAlive(p, x, tx, t);
    }

    internal static void Validate(IEnumerable<CustomerSummary> customers)
    {
        foreach (var c in customers)
        {
            if (c.Frequency < 0 || c.Recency < 0 || c.T < 0 || c.Recency > c.T || (c.Frequency == 0 && c.Recency != 0))
            {
                throw new ArgumentException($"Customer {c.Id}: frequency and recency must be ≥ 0, recency ≤ T, and recency 0 without repeat purchases.");
            }
        }
    }
}
