namespace Loyalty.Segmentation.Engine.Numerics;

/// <summary>The special functions the customer-base models need, in log space where values overflow.</summary>
public static class SpecialFunctions
{
    // Lanczos approximation, g = 7, n = 9 (Numerical Recipes / Godfrey): about 15 significant digits for x > 0.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection keeps the series accurate near zero: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return HalfLogTwoPi + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>
    /// The digamma function ψ(x) = d ln Γ(x) / dx for x &gt; 0: the recurrence ψ(x) = ψ(x + 1) − 1/x
    /// up to x ≥ 10, then the asymptotic series to x⁻¹², whose first omitted term is below 2·10⁻¹⁴ there.
    /// The fits' gradients use it.
    /// </summary>
    public static double Digamma(double x)
    {
        var result = 0d;
        while (x < 10)
        {
            result -= 1 / x;
            x += 1;
        }

        var f = 1 / (x * x);
        // ln x − 1/(2x) − 1/(12x²) + 1/(120x⁴) − 1/(252x⁶) + 1/(240x⁸) − 1/(132x¹⁰)
        //     + 691/(32760x¹²)
        var tail = (1d / 132) - (f * 691 / 32760);
        tail = (1d / 240) - (f * tail);
        tail = (1d / 252) - (f * tail);
        tail = (1d / 120) - (f * tail);
        tail = f * ((1d / 12) - (f * tail));
        return result + Math.Log(x) - (0.5 / x) - tail;
    }

    /// <summary>
    /// The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1 by its power series, summed until the
    /// terms stop changing the sum. BG/NBD's conditional expectation uses it with z = t / (α + T + t).
    /// </summary>
    public static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(z);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(z, 1d);
        var sum = Hypergeometric2F1OrNaN(a, b, c, z, 100_000);
        return double.IsNaN(sum) ? throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) did not converge.") : sum;
    }

    /// <summary>
    /// ₂F₁'s power series summed until the terms stop changing the sum, NaN when that has not happened within
    /// <paramref name="maxTerms"/> terms.
    /// </summary>
    internal static double Hypergeometric2F1OrNaN(double a, double b, double c, double z, int maxTerms)
    {
        var (sum, term) = (1d, 1d);
        for (var n = 0; n < maxTerms; n++)
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

    /// <summary>ln(e^x + e^y) without overflow.</summary>
    public static double LogSumExp(double x, double y)
    {
        var max = Math.Max(x, y);
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(Math.Exp(x - max) + Math.Exp(y - max));
    }
}
