using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Numerics;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>The numerics behind the fast fits: digamma, the analytic gradients, BFGS.</summary>
public class NumericsTests
{
    private const double EulerGamma = 0.57721566490153286;

    [Theory]
    [InlineData(1, -EulerGamma)]
    [InlineData(0.5, -EulerGamma - 1.3862943611198906)] // −γ − 2 ln 2
    [InlineData(10, 2.2517525890667211)]
    [InlineData(1e-3, -1000.5755719318103)]
    [InlineData(250.5, 5.5214615845270464)]
    public void Digamma_matches_known_values(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.Digamma(x), 1e-12 * Math.Max(1, Math.Abs(expected)));

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.7)]
    [InlineData(3.3)]
    [InlineData(42)]
    public void Digamma_is_the_derivative_of_log_gamma(double x)
    {
        var h = 1e-5 * x;
        var central = (SpecialFunctions.LogGamma(x + h) - SpecialFunctions.LogGamma(x - h)) / (2 * h);
        Assert.Equal(central, SpecialFunctions.Digamma(x), 1e-6 * Math.Max(1, Math.Abs(central)));
    }

    [Fact]
    public void The_BG_NBD_gradient_agrees_with_finite_differences()
    {
        var likelihood = new BgNbdLikelihood(SummaryColumns.From(Cdnow.Summary()).Triples);
        AssertGradient(likelihood.NegativeMean, [Math.Log(0.3), Math.Log(5), Math.Log(0.6), Math.Log(2.9)]);
        AssertGradient(likelihood.NegativeMean, [0, 0, 0, 0]);
    }

    [Fact]
    public void The_Gamma_Gamma_gradient_agrees_with_finite_differences()
    {
        var returning = Cdnow.SummaryWithSpend().Where(c => c.Frequency > 0).ToList();
        var likelihood = new GammaGammaLikelihood([.. returning.Select(c => c.Frequency)],
            [.. returning.Select(c => c.MonetaryValue!.Value)]);
        AssertGradient(likelihood.NegativeMean, [Math.Log(6), Math.Log(4), Math.Log(15)]);
        AssertGradient(likelihood.NegativeMean, [0, 0, 0]);
    }

    [Fact]
    public void BFGS_finds_the_bottom_of_the_Rosenbrock_valley_and_says_so()
    {
        static double Rosenbrock(ReadOnlySpan<double> p, Span<double> g)
        {
            var (x, y) = (p[0], p[1]);
            g[0] = (-2 * (1 - x)) - (400 * x * (y - (x * x)));
            g[1] = 200 * (y - (x * x));
            return ((1 - x) * (1 - x)) + (100 * (y - (x * x)) * (y - (x * x)));
        }

        var result = Bfgs.Minimize(Rosenbrock, [-1.2, 1]);

        Assert.True(result.Converged);
        Assert.InRange(result.GradientNorm, 0, 1e-10);
        Assert.Equal(1, result.Point[0], 1e-8);
        Assert.Equal(1, result.Point[1], 1e-8);
        Assert.InRange(result.Iterations, 1, 200);
    }

    [Fact]
    public void The_fits_report_how_they_converged()
    {
        var purchases = BgNbdModel.Fit(Cdnow.Summary());
        var spend = GammaGammaModel.Fit(Cdnow.SummaryWithSpend());

        Assert.True(purchases.Converged && spend.Converged);
        Assert.InRange(purchases.GradientNorm, 0, 1e-6);
        Assert.InRange(spend.GradientNorm, 0, 1e-6);
        Assert.InRange(purchases.Iterations, 1, 200);
    }

    private static void AssertGradient(GradientFunction f, double[] point)
    {
        var gradient = new double[point.Length];
        f(point, gradient);
        for (var i = 0; i < point.Length; i++)
        {
            var (up, down) = ((double[])point.Clone(), (double[])point.Clone());
            up[i] += 1e-6;
            down[i] -= 1e-6;
            var central = (f(up, new double[point.Length]) - f(down, new double[point.Length])) / 2e-6;
            Assert.Equal(central, gradient[i], 1e-6 * Math.Max(1, Math.Abs(central)));
        }
    }
}
