using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Numerics;

namespace Loyalty.UnitTests.Segmentation;

public class BgNbdPredictionTests
{
    private static readonly BgNbdParameters Cdnow = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void Expected_purchases_match_the_worked_example_of_Fader_Hardie_and_Lee_2005()
    {
        // Section 5 of the paper: with the CDNOW estimates, a customer with x = 2, tₓ = 30.43, T = 38.86 (weeks) is
        // expected to make 1.226 purchases in the next 39 weeks.
        Assert.Equal(1.226, Math.Round(BgNbdModel.ExpectedPurchases(Cdnow, 2, 30.43, 38.86, 39), 3));
    }

    [Fact]
    public void A_customer_without_repeat_purchases_is_alive_and_a_long_silence_lowers_the_odds()
    {
        Assert.Equal(1d, BgNbdModel.ProbabilityAlive(Cdnow, 0, 0, 38.86));
        var recent = BgNbdModel.ProbabilityAlive(Cdnow, 5, 38, 38.86);
        var silent = BgNbdModel.ProbabilityAlive(Cdnow, 5, 10, 38.86);
        Assert.InRange(silent, 0, recent - 0.3);
        Assert.True(BgNbdModel.ExpectedPurchases(Cdnow, 5, 38, 38.86, 52)
            > BgNbdModel.ExpectedPurchases(Cdnow, 5, 38, 38.86, 26));
        Assert.Equal(0, BgNbdModel.ExpectedPurchases(Cdnow, 5, 38, 38.86, 0));
    }

    [Theory]
    [InlineData(0.5, 0.57236494292470008)] // ln √π
    [InlineData(10, 12.801827480081469)] // ln 9!
    [InlineData(1e-3, 6.9071788853838536)]
    public void Log_gamma_is_accurate_across_its_range(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-10 * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void Log_gamma_of_large_integers_is_the_log_factorial() =>
        Assert.Equal(Enumerable.Range(1, 999).Sum(k => Math.Log(k)), SpecialFunctions.LogGamma(1000), 1e-9);

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.95)]
    public void The_hypergeometric_series_agrees_with_a_closed_form(double z) =>
        Assert.Equal(-Math.Log(1 - z) / z, SpecialFunctions.Hypergeometric2F1(1, 1, 2, z), 1e-12);
}
