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
        BgNbdParameters purchases, GammaGammaParameters spend, CustomerSummary customer, double horizon, TimeUnit unit, double monthlyDiscountRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyDiscountRate);
        var perPurchase = GammaGammaModel.ExpectedAverageSpend(spend, customer.Frequency, customer.MonetaryValue ?? 0);
        var month = unit.PerMonth();
        var (value, previous) = (0d, 0d);
        for (var i = 1; previous < horizon; i++)
        {
            var until = Math.Min(i * month, horizon);
            var expected = BgNbdModel.ExpectedPurchases(purchases, customer.Frequency, customer.Recency, customer.T, until);
            var soFar = BgNbdModel.ExpectedPurchases(purchases, customer.Frequency, customer.Recency, customer.T, previous);
            value += (expected - soFar) * perPurchase / Math.Pow(1 + monthlyDiscountRate, until / month);
            previous = until;
        }

        return value;
    }
}
