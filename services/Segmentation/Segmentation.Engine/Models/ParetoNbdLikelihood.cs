using System.Runtime.CompilerServices;
using static Loyalty.Segmentation.Engine.Numerics.SpecialFunctions;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987) in the form of Fader, Hardie &amp; Lee, "A Note on
/// Implementing the Pareto/NBD Model in MATLAB" (2005), equations 2–4, in log space:
/// ln L = ln Γ(r+x) − ln Γ(r) + r ln α + s ln β + ln(e^L₁ + e^L₂),
/// L₁ = −(r+x) ln(α+T) − s ln(β+T), L₂ = ln s − ln(r+s+x) + ln A₀, where for α ≥ β
/// A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+tₓ)) / (α+tₓ)^(r+s+x) − the same at T, and for α &lt; β
/// A₀ = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+tₓ)) / (β+tₓ)^(r+s+x) − the same at T.
/// P(alive) = e^L₁ / (e^L₁ + e^L₂); E[purchases in t | alive] = (r+x)(β+T) / ((α+T)(s−1)) · (1 − ((β+T)/(β+T+t))^(s−1))
/// (their equation 11; lifetimes' ParetoNBDFitter computes the same).
/// </summary>
internal sealed class ParetoNbdLikelihood(CustomerTriples data)
{
    // called many times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double NegativeMean(ReadOnlySpan<double> logs)
    {
        var (r, alpha, s, beta) = (Math.Exp(logs[0]), Math.Exp(logs[1]), Math.Exp(logs[2]), Math.Exp(logs[3]));
        var n = (double)data.Customers;
        var sum = n * (-LogGamma(r) + (r * logs[1]) + (s * logs[3]));
        for (var i = 0; i < data.Frequencies.Length; i++)
        {
            sum += data.FrequencyCount[i] * LogGamma(r + data.Frequencies[i]);
        }

        for (var g = 0; g < data.Length; g++)
        {
            var (l1, l2) = Terms(r, alpha, s, beta, g);
            sum += data.Count[g] * LogSumExp(l1, l2);
        }

        return double.IsNaN(sum) ? double.NaN : -sum / n;
    }

    public static (double[] Alive, double[] Expected) PerTriple(double[] p, CustomerTriples triples, double horizon)
    {
        var (r, alpha, s, beta) = (p[0], p[1], p[2], p[3]);
        var likelihood = new ParetoNbdLikelihood(triples);
        var (alive, expected) = (new double[triples.Length], new double[triples.Length]);
        for (var g = 0; g < alive.Length; g++)
        {
            var (l1, l2) = likelihood.Terms(r, alpha, s, beta, g);
            alive[g] = 1 / (1 + Math.Exp(l2 - l1));
            var (x, t) = (triples.Frequencies[triples.FrequencyIndex[g]], triples.Ts[triples.TIndex[g]]);
            var logRatio = Math.Log((beta + t) / (beta + t + horizon));
            // (1 − ratio^(s−1)) / (s−1), with its limit −ln ratio at s = 1
            var perRate = Math.Abs(s - 1) < 1e-12 ? -logRatio : -double.ExpM1((s - 1) * logRatio) / (s - 1);
            expected[g] = horizon == 0 ? 0 : (r + x) * (beta + t) / (alpha + t) * perRate * alive[g];
        }

        return (alive, expected);
    }

    private (double L1, double L2) Terms(double r, double alpha, double s, double beta, int triple)
    {
        var x = data.Frequencies[data.FrequencyIndex[triple]];
        var (tx, t) = (data.Recencies[data.RecencyIndex[triple]], data.Ts[data.TIndex[triple]]);
        var l1 = (-(r + x) * Math.Log(alpha + t)) - (s * Math.Log(beta + t));
        var rsx = r + s + x;
        var (atTx, atT) = (LogA(r, alpha, s, beta, x, tx, rsx), LogA(r, alpha, s, beta, x, t, rsx));
        var difference = atT - atTx;
        var logA0 = difference < 0 ? atTx + Math.Log(-double.ExpM1(difference)) : double.NegativeInfinity;
        return (l1, Math.Log(s) - Math.Log(rsx) + logA0);
    }

    /// <summary>ln of one of A₀'s two terms, at time <paramref name="time"/> (tₓ or T).</summary>
    private static double LogA(double r, double alpha, double s, double beta, int x, double time, double rsx) =>
        alpha >= beta
            ? Math.Log(Hypergeometric(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + time)))
                - (rsx * Math.Log(alpha + time))
            : Math.Log(Hypergeometric(rsx, r + x, rsx + 1, (beta - alpha) / (beta + time)))
                - (rsx * Math.Log(beta + time));

    /// <summary>
    /// ₂F₁ by its series, NaN when it has not converged in 20,000 terms (z near 1, far from any optimum): the optimiser
    /// then steps back, where <see cref="Hypergeometric2F1"/> would throw.
    /// </summary>
    private static double Hypergeometric(double a, double b, double c, double z)
    {
        var (sum, term) = (1d, 1d);
        for (var n = 0; n < 20_000; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-15 * Math.Abs(sum))
            {
                return sum;
            }
        }

        return double.NaN;
    }
}
