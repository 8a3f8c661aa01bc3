using System.Runtime.CompilerServices;
using static Loyalty.Segmentation.Engine.Numerics.SpecialFunctions;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// BG/NBD's mean negative log-likelihood over a base and its gradient with respect to (ln r, ln α, ln a, ln b).
/// For one customer (Fader, Hardie &amp; Lee 2005, equation 6, with L₁ and L₂ the "still alive" and "dropped out
/// after the last purchase" terms):
/// ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x)
///     + ln(e^L₁ + [x &gt; 0] e^L₂),
/// L₁ = −(r+x) ln(α+T), L₂ = ln a − ln(b+x−1) − (r+x) ln(α+tₓ).
/// With w₂ = e^L₂ / (e^L₁ + e^L₂) (0 when x = 0) and w₁ = 1 − w₂, the derivatives are
/// ∂/∂r = ψ(r+x) − ψ(r) + ln α − w₁ ln(α+T) − w₂ ln(α+tₓ);
/// ∂/∂α = r/α − (r+x)(w₁/(α+T) + w₂/(α+tₓ));
/// ∂/∂a = ψ(a+b) − ψ(a+b+x) + w₂/a; ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w₂/(b+x−1).
/// The Γ and ψ terms are taken once per distinct x, the logarithms once per distinct tₓ and T, and only the
/// log-sum-exp once per distinct (x, tₓ, T).
/// MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007, as lifetimes' ModifiedBetaGeoFitter) lets a customer drop out at
/// time 0 too: the same expression with b + x − 1 → b + x and Γ(b+x)/Γ(a+b+x) → Γ(b+x+1)/Γ(a+b+x+1), and the L₂ term
/// for x = 0 as well (tₓ = 0 there).
/// </summary>
internal sealed class BgNbdLikelihood(CustomerTriples data, bool modified = false)
{
    // MBG/NBD's shift of b in the Beta terms.
    private readonly int shift = modified ? 1 : 0;

    private readonly double[] logAlphaT = new double[data.Ts.Length];
    private readonly double[] inverseAlphaT = new double[data.Ts.Length];
    private readonly double[] logAlphaTx = new double[data.Recencies.Length];
    private readonly double[] inverseAlphaTx = new double[data.Recencies.Length];
    private readonly double[] logBx = new double[data.Frequencies.Length];
    private readonly double[] inverseBx = new double[data.Frequencies.Length];

    public static BgNbdParameters Parameters(ReadOnlySpan<double> logs) =>
        new(Math.Exp(logs[0]), Math.Exp(logs[1]), Math.Exp(logs[2]), Math.Exp(logs[3]));

    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double NegativeMean(ReadOnlySpan<double> logs, Span<double> gradient)
    {
        var (r, alpha, a, b) = (Math.Exp(logs[0]), Math.Exp(logs[1]), Math.Exp(logs[2]), Math.Exp(logs[3]));
        var n = (double)data.Customers;

        // Terms of x alone, weighted by the number of customers with that x.
        var (sum, dr, dAlpha, da, db) = (0d, 0d, n * r / alpha, 0d, 0d);
        var (logGammaR, logGammaB, logGammaAb) = (LogGamma(r), LogGamma(b), LogGamma(a + b));
        var (psiR, psiB, psiAb) = (Digamma(r), Digamma(b), Digamma(a + b));
        var logAlpha = Math.Log(alpha);
        for (var i = 0; i < data.Frequencies.Length; i++)
        {
            var (x, w) = (data.Frequencies[i], data.FrequencyCount[i]);
            var xb = x + shift;
            sum += w * (LogGamma(r + x) - logGammaR + (r * logAlpha) + logGammaAb + LogGamma(b + xb) - logGammaB
                - LogGamma(a + b + xb));
            var psiAbx = Digamma(a + b + xb);
            dr += w * (Digamma(r + x) - psiR + logAlpha);
            da += w * (psiAb - psiAbx);
            db += w * (psiAb + Digamma(b + xb) - psiB - psiAbx);
            (logBx[i], inverseBx[i]) = x > 0 || modified ? (Math.Log(b + xb - 1), 1 / (b + xb - 1)) : (0, 0);
        }

        for (var i = 0; i < logAlphaT.Length; i++)
        {
            (logAlphaT[i], inverseAlphaT[i]) = (Math.Log(alpha + data.Ts[i]), 1 / (alpha + data.Ts[i]));
        }

        for (var i = 0; i < logAlphaTx.Length; i++)
        {
            (logAlphaTx[i], inverseAlphaTx[i]) = (Math.Log(alpha + data.Recencies[i]), 1 / (alpha + data.Recencies[i]));
        }

        // The mixture term, once per distinct triple.
        var logA = Math.Log(a);
        var (frequencyIndex, recencyIndex, tIndex, frequencies, count) =
            (data.FrequencyIndex, data.RecencyIndex, data.TIndex, data.Frequencies, data.Count);
        var (mix, mixR, mixAlpha, mixA, mixB) = (0d, 0d, 0d, 0d, 0d);
        for (var g = 0; g < count.Length; g++)
        {
            var (xi, ti, w) = (frequencyIndex[g], tIndex[g], count[g]);
            var rPlusX = r + frequencies[xi];
            var l1 = -rPlusX * logAlphaT[ti];
            if (frequencies[xi] == 0 && !modified)
            {
                mix += w * l1;
                mixR -= w * logAlphaT[ti];
                mixAlpha -= w * rPlusX * inverseAlphaT[ti];
                continue;
            }

            var ri = recencyIndex[g];
            var l2 = logA - logBx[xi] - (rPlusX * logAlphaTx[ri]);
            var d = l2 - l1;
            var e = Math.Exp(-Math.Abs(d));
            var share = 1 / (1 + e);
            var w2 = d > 0 ? share : e * share;
            var w1 = 1 - w2;
            mix += w * (Math.Max(l1, l2) + Math.Log(1 + e));
            mixR -= w * ((w1 * logAlphaT[ti]) + (w2 * logAlphaTx[ri]));
            mixAlpha -= w * rPlusX * ((w1 * inverseAlphaT[ti]) + (w2 * inverseAlphaTx[ri]));
            mixA += w * w2;
            mixB -= w * w2 * inverseBx[xi];
        }

        sum += mix;
        gradient[0] = -r * (dr + mixR) / n;
        gradient[1] = -alpha * (dAlpha + mixAlpha) / n;
        gradient[2] = -a * (da + (mixA / a)) / n;
        gradient[3] = -b * (db + mixB) / n;
        return -sum / n;
    }
}
