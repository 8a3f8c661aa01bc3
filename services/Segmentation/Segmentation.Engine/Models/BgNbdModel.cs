using System.Runtime.CompilerServices;
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
    /// Maximum likelihood over log parameters (so all stay positive), starting from r = α = a = b = 1, by BFGS with
    /// the analytic gradient. Customers with the same (x, tₓ, T) are evaluated once and weighted, which makes large
    /// bases cheap.
    /// </summary>
    public static BgNbdFit Fit(IReadOnlyCollection<CustomerSummary> customers) => Fit(SummaryColumns.From(customers));

    /// <inheritdoc cref="Fit(IReadOnlyCollection{CustomerSummary})"/>
    public static BgNbdFit Fit(SummaryColumns customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var n = customers.Count;
        if (n == 0)
        {
            throw new ArgumentException("There are no customers to fit.", nameof(customers));
        }

        var likelihood = new BgNbdLikelihood(customers.Triples);
        var result = Bfgs.Minimize(likelihood.NegativeMean, [0, 0, 0, 0]);
        var fitted = BgNbdLikelihood.Parameters(result.Point);
        return new BgNbdFit(fitted, -result.Value * n, n, result.Converged, result.Iterations, result.GradientNorm);
    }

    /// <summary>The total log-likelihood of a whole base, evaluated once per distinct (x, tₓ, T).</summary>
    public static double TotalLogLikelihood(BgNbdParameters p, SummaryColumns customers)
    {
        var logs = new[] { Math.Log(p.R), Math.Log(p.Alpha), Math.Log(p.A), Math.Log(p.B) };
        return -new BgNbdLikelihood(customers.Triples).NegativeMean(logs, new double[4]) * customers.Count;
    }

    /// <summary>P(the customer has not dropped out | x, tₓ, T).</summary>
    public static double ProbabilityAlive(BgNbdParameters p, int x, double tx, double t) =>
        x == 0
            ? 1d
            : 1d / (1d + Math.Exp(Math.Log(p.A / (p.B + x - 1))
                + ((p.R + x) * Math.Log((p.Alpha + t) / (p.Alpha + tx)))));

    /// <summary>E[purchases in the next <paramref name="horizon"/> time units | x, tₓ, T].</summary>
    public static double ExpectedPurchases(BgNbdParameters p, int x, double tx, double t, double horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        return horizon == 0 ? 0 : IfAlive(p, x, t, horizon) * ProbabilityAlive(p, x, tx, t);
    }

    /// <summary>
    /// P(alive) and the expected purchases in the next <paramref name="horizon"/> time units for every customer of a
    /// base, into the two spans (row order): the series once per distinct (x, T),
    /// P(alive) once per distinct (x, tₓ, T).
    /// </summary>
    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Predict(
        BgNbdParameters p,
        SummaryColumns customers,
        double horizon,
        Span<double> probabilityAlive,
        Span<double> expectedPurchases)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        if (probabilityAlive.Length != customers.Count || expectedPurchases.Length != customers.Count)
        {
            throw new ArgumentException("The destinations must have one element per customer.");
        }

        var triples = customers.Triples;
        var (alive, expected) = PerTriple(p, triples, horizon);
        var tripleOf = triples.TripleOf;
        for (var i = 0; i < tripleOf.Length; i++)
        {
            var triple = tripleOf[i];
            probabilityAlive[i] = alive[triple];
            expectedPurchases[i] = expected[triple];
        }
    }

    /// <summary>P(alive) per triple, and expected purchases per triple when a horizon is given.</summary>
    /// <remarks>
    /// <paramref name="modified"/>: MBG/NBD (lifetimes' ModifiedBetaGeoFitter), whose expressions are BG/NBD's with
    /// b + 1 for b, P(alive) below 1 at x = 0 too.
    /// </remarks>
    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double[] Alive, double[] Expected) PerTriple(
        BgNbdParameters p,
        CustomerTriples triples,
        double horizon,
        bool modified = false)
    {
        var shifted = modified ? p with { B = p.B + 1 } : p;
        var perPair = new double[triples.PairFrequencyIndex.Length];
        for (var pair = 0; pair < perPair.Length; pair++)
        {
            var (x, t) = (triples.Frequencies[triples.PairFrequencyIndex[pair]], triples.Ts[triples.PairTIndex[pair]]);
            perPair[pair] = horizon == 0 ? 0 : IfAlive(shifted, x, t, horizon);
        }

        var alive = ProbabilityAlivePerTriple(shifted, triples, modified);
        var expected = new double[triples.Length];
        for (var g = 0; g < expected.Length; g++)
        {
            expected[g] = perPair[triples.PairOf[g]] * alive[g];
        }

        return (alive, expected);
    }

    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double[] ProbabilityAlivePerTriple(
        BgNbdParameters p,
        CustomerTriples triples,
        bool everyoneMayHaveLeft = false)
    {
        var logAlphaT = Array.ConvertAll(triples.Ts, t => Math.Log(p.Alpha + t));
        var logAlphaTx = Array.ConvertAll(triples.Recencies, tx => Math.Log(p.Alpha + tx));
        var logOdds = Array.ConvertAll(
            triples.Frequencies, x => x == 0 && !everyoneMayHaveLeft ? 0 : Math.Log(p.A / (p.B + x - 1)));
        var alive = new double[triples.Length];
        for (var g = 0; g < alive.Length; g++)
        {
            var xi = triples.FrequencyIndex[g];
            var x = triples.Frequencies[xi];
            alive[g] = x == 0 && !everyoneMayHaveLeft
                ? 1d
                : 1d / (1d + Math.Exp(logOdds[xi]
                    + ((p.R + x) * (logAlphaT[triples.TIndex[g]] - logAlphaTx[triples.RecencyIndex[g]]))));
        }

        return alive;
    }

    /// <summary>
    /// E[purchases in the next h | x, T, alive]: equation 10 of the paper without its P(alive) factor;
    /// depends on (x, T) only.
    /// </summary>
    internal static double IfAlive(BgNbdParameters p, int x, double t, double horizon)
    {
        if (horizon == 0)
        {
            return 0;
        }

        var z = horizon / (p.Alpha + t + horizon);
        var hyp = Hypergeometric2F1(p.R + x, p.B + x, p.A + p.B + x - 1, z);
        return (p.A + p.B + x - 1) / (p.A - 1)
            * (1 - (Math.Exp((p.R + x) * Math.Log((p.Alpha + t) / (p.Alpha + t + horizon))) * hyp));
    }
}
