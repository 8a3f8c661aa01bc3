using System.Runtime.CompilerServices;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// CLV over a horizon: expected purchases per month (BG/NBD) × expected spend per purchase (Gamma-Gamma), each month
/// discounted at a monthly rate. The horizon is in the summaries' time unit and converted with the average month
/// (365.25 / 12 days = 4.348 weeks); a final partial month counts with its share.
/// </summary>
public static class CustomerLifetimeValue
{
    public static double Of(
        BgNbdParameters purchases,
        GammaGammaParameters spend,
        CustomerSummary customer,
        double horizon,
        TimeUnit unit,
        double monthlyDiscountRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyDiscountRate);
        var perPurchase = GammaGammaModel.ExpectedAverageSpend(spend, customer.Frequency, customer.MonetaryValue ?? 0);
        var month = unit.PerMonth();
        var (value, previous) = (0d, 0d);
        for (var i = 1; previous < horizon; i++)
        {
            var until = Math.Min(i * month, horizon);
            var expected = BgNbdModel.ExpectedPurchases(
                purchases, customer.Frequency, customer.Recency, customer.T, until);
            var soFar = BgNbdModel.ExpectedPurchases(
                purchases, customer.Frequency, customer.Recency, customer.T, previous);
            value += (expected - soFar) * perPurchase / Math.Pow(1 + monthlyDiscountRate, until / month);
            previous = until;
        }

        return value;
    }

    /// <summary>
    /// <see cref="Of(BgNbdParameters, GammaGammaParameters, CustomerSummary, double, TimeUnit, double)"/> for every
    /// customer of a base, into <paramref name="destination"/> (row order). Each month's expected purchases are
    /// P(alive) times a term of (x, T) alone, so the discounted sum of those terms is taken once per distinct (x, T)
    /// and each customer costs one multiplication by P(alive) (once per distinct (x, tₓ, T)) and by the expected
    /// spend.
    /// </summary>
    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Of(
        BgNbdParameters purchases,
        GammaGammaParameters spend,
        SummaryColumns customers,
        double horizon,
        TimeUnit unit,
        double monthlyDiscountRate,
        Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyDiscountRate);
        if (destination.Length != customers.Count)
        {
            throw new ArgumentException("The destination must have one element per customer.", nameof(destination));
        }

        var triples = customers.Triples;
        var month = unit.PerMonth();
        var discounted = new double[triples.PairFrequencyIndex.Length];
        for (var pair = 0; pair < discounted.Length; pair++)
        {
            var (x, t) = (triples.Frequencies[triples.PairFrequencyIndex[pair]], triples.Ts[triples.PairTIndex[pair]]);
            var (value, previous, soFar) = (0d, 0d, 0d);
            for (var i = 1; previous < horizon; i++)
            {
                var until = Math.Min(i * month, horizon);
                var expected = BgNbdModel.IfAlive(purchases, x, t, until);
                value += (expected - soFar) / Math.Pow(1 + monthlyDiscountRate, until / month);
                (previous, soFar) = (until, expected);
            }

            discounted[pair] = value;
        }

        var alive = BgNbdModel.ProbabilityAlivePerTriple(purchases, triples);
        var monetary = customers.MonetaryValue;
        for (var i = 0; i < destination.Length; i++)
        {
            var triple = triples.TripleOf[i];
            var m = monetary is null || double.IsNaN(monetary[i]) ? 0 : monetary[i];
            var perPurchase = GammaGammaModel.ExpectedAverageSpend(spend, customers.Frequency[i], m);
            destination[i] = discounted[triples.PairOf[triple]] * alive[triple] * perPurchase;
        }
    }
}
