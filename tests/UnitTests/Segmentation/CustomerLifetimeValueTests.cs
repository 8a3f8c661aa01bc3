using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.UnitTests.Segmentation;

public class CustomerLifetimeValueTests
{
    private static readonly BgNbdParameters Purchases = new(0.243, 4.414, 0.793, 2.426);
    private static readonly GammaGammaParameters Spend = new(6.25, 3.74, 15.44);
    private static readonly CustomerSummary Customer = new("1", 2, 30.43, 38.86, 22.35);

    [Fact]
    public void Without_discounting_CLV_is_expected_purchases_times_expected_spend()
    {
        var clv = CustomerLifetimeValue.Of(Purchases, Spend, Customer, 39, TimeUnit.Weeks, 0);

        var expected = BgNbdModel.ExpectedPurchases(Purchases, 2, 30.43, 38.86, 39)
            * GammaGammaModel.ExpectedAverageSpend(Spend, 2, 22.35);
        Assert.Equal(expected, clv, 1e-9);
    }

    [Fact]
    public void Discounting_lowers_it_and_the_same_horizon_in_days_gives_the_same_value()
    {
        var weeks = CustomerLifetimeValue.Of(Purchases, Spend, Customer, 52, TimeUnit.Weeks, 0.01);
        Assert.True(weeks < CustomerLifetimeValue.Of(Purchases, Spend, Customer, 52, TimeUnit.Weeks, 0));

        // The same customer and parameters expressed in days: α scales with the unit (rates per day are 1/7).
        var daily = new BgNbdParameters(Purchases.R, Purchases.Alpha * 7, Purchases.A, Purchases.B);
        var inDays = CustomerLifetimeValue.Of(daily, Spend,
            Customer with { Recency = 30.43 * 7, T = 38.86 * 7 }, 52 * 7, TimeUnit.Days, 0.01);
        Assert.Equal(weeks, inDays, 1e-9);
    }
}
