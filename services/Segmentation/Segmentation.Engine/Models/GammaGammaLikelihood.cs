using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static Loyalty.Segmentation.Engine.Numerics.SpecialFunctions;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// Gamma-Gamma's mean negative log-likelihood over the returning customers and its gradient with respect to
/// (ln p, ln q, ln v). Per customer with x repeat purchases of mean m, and ℓ = ln(v + x·m):
/// ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ℓ, so
/// ∂/∂p = x(ψ(px+q) − ψ(px) + ln m + ln x − ℓ), ∂/∂q = ψ(px+q) − ψ(q) + ln v − ℓ,
/// ∂/∂v = q/v − (px+q)/(v+xm).
/// Γ and ψ are taken once per distinct x and Σ x ln m, Σ ln m once for all;
/// per customer only ℓ and 1/(v+xm) remain.
/// </summary>
internal sealed class GammaGammaLikelihood
{
    private readonly double[] x;
    private readonly double[] spend;
    private readonly int[] frequencies;
    private readonly double[] frequencyCount;
    private readonly double sumXLogSpend;
    private readonly double sumLogSpend;

    public GammaGammaLikelihood(int[] frequency, double[] spend)
    {
        this.spend = spend;
        x = new double[frequency.Length];
        var maxFrequency = 0;
        for (var i = 0; i < frequency.Length; i++)
        {
            x[i] = frequency[i];
            maxFrequency = Math.Max(maxFrequency, frequency[i]);
            var logSpend = Math.Log(spend[i]);
            sumXLogSpend += x[i] * logSpend;
            sumLogSpend += logSpend;
        }

        // Customers per distinct x: counted in an array when x is small (it always is), in a dictionary otherwise.
        var counts = new SortedDictionary<int, double>();
        if (maxFrequency < 1 << 20)
        {
            var byFrequency = new double[maxFrequency + 1];
            foreach (var f in frequency)
            {
                byFrequency[f]++;
            }

            for (var f = 1; f <= maxFrequency; f++)
            {
                if (byFrequency[f] > 0)
                {
                    counts[f] = byFrequency[f];
                }
            }
        }
        else
        {
            foreach (var f in frequency)
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        frequencies = [.. counts.Keys];
        frequencyCount = [.. counts.Values];
    }

    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double NegativeMean(ReadOnlySpan<double> logs, Span<double> gradient)
    {
        var (p, q, v) = (Math.Exp(logs[0]), Math.Exp(logs[1]), Math.Exp(logs[2]));
        var n = (double)x.Length;
        var (sum, dp, dq, dv) = (n * ((q * Math.Log(v)) - LogGamma(q)), 0d, n * (Math.Log(v) - Digamma(q)), n * q / v);
        for (var i = 0; i < frequencies.Length; i++)
        {
            var (f, w) = (frequencies[i], frequencyCount[i]);
            var px = p * f;
            var psiPxq = Digamma(px + q);
            sum += w * (LogGamma(px + q) - LogGamma(px) + (px * Math.Log(f)));
            dp += w * f * (psiPxq - Digamma(px) + Math.Log(f));
            dq += w * psiPxq;
        }

        // Σ x ℓ, Σ ℓ, Σ x / (v + x m), Σ 1 / (v + x m): the only per-customer work, eight customers at a time.
        var (xs, ms) = (x, spend);
        var vv = Vector512.Create(v);
        var (accXL, accL, accXInv, accInv) =
            (Vector512<double>.Zero, Vector512<double>.Zero, Vector512<double>.Zero, Vector512<double>.Zero);
        var k = 0;
        for (; k <= xs.Length - Vector512<double>.Count; k += Vector512<double>.Count)
        {
            var xi = Vector512.LoadUnsafe(ref xs[k]);
            var denominator = vv + (xi * Vector512.LoadUnsafe(ref ms[k]));
            var l = Vector512.Log(denominator);
            var inverse = Vector512<double>.One / denominator;
            accXL += xi * l;
            accL += l;
            accXInv += xi * inverse;
            accInv += inverse;
        }

        var (sumXL, sumL, sumXInv, sumInv) =
            (Vector512.Sum(accXL), Vector512.Sum(accL), Vector512.Sum(accXInv), Vector512.Sum(accInv));
        for (; k < xs.Length; k++)
        {
            var denominator = v + (xs[k] * ms[k]);
            var l = Math.Log(denominator);
            var inverse = 1 / denominator;
            sumXL += xs[k] * l;
            sumL += l;
            sumXInv += xs[k] * inverse;
            sumInv += inverse;
        }

        sum += (p * sumXLogSpend) - sumLogSpend - (p * sumXL) - (q * sumL);
        dp += sumXLogSpend - sumXL;
        dq -= sumL;
        dv -= (p * sumXInv) + (q * sumInv);
        gradient[0] = -p * dp / n;
        gradient[1] = -q * dq / n;
        gradient[2] = -v * dv / n;
        return -sum / n;
    }
}
