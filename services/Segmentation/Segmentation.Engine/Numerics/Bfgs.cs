namespace Loyalty.Segmentation.Engine.Numerics;

/// <summary>
/// BFGS quasi-Newton minimisation with a strong-Wolfe line search (Nocedal &amp; Wright, Numerical Optimization,
/// algorithms 6.1, 3.5 and 3.6), for the models' few log parameters with analytic gradients. Converged means the
/// largest gradient component fell to the tolerance. Non-finite values (overflow far from the optimum) make the line
/// search step back.
/// </summary>
public static class Bfgs
{
    private const double SufficientDecrease = 1e-4;
    private const double Curvature = 0.9;
    private const double FlatTolerance = 1e-6;
    private const double FlatFunction = 1e-13;

    public static MinimizationResult Minimize(
        GradientFunction f,
        double[] start,
        double gradientTolerance = 1e-10,
        int maxIterations = 500)
    {
        var n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        var value = f(x, g);
        var evaluations = 1;
        if (!double.IsFinite(value) || !AllFinite(g))
        {
            throw new ArgumentException("The function or its gradient is not finite at the start.", nameof(start));
        }

        var h = Identity(n);
        var (direction, trial, trialGradient) = (new double[n], new double[n], new double[n]);
        var (s, y) = (new double[n], new double[n]);
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            var norm = MaxAbs(g);
            if (norm <= gradientTolerance)
            {
                return new MinimizationResult(x, value, iteration, true, norm, evaluations);
            }

            for (var attempt = 0; ; attempt++)
            {
                Multiply(h, g, direction, -1);
                var slope = Dot(direction, g);
                if (!(slope < 0))
                {
                    h = Identity(n);
                    Multiply(h, g, direction, -1);
                    slope = Dot(direction, g);
                }

                var initial = iteration == 0 && attempt == 0 ? Math.Min(1, 1 / norm) : 1;
                var step = LineSearch(
                    f, x, value, slope, direction, initial, trial, trialGradient, ref evaluations, out var trialValue);
                if (step > 0)
                {
                    for (var i = 0; i < n; i++)
                    {
                        s[i] = trial[i] - x[i];
                        y[i] = trialGradient[i] - g[i];
                    }

                    Array.Copy(trial, x, n);
                    Array.Copy(trialGradient, g, n);
                    value = trialValue;
                    break;
                }

                // No acceptable step along a quasi-Newton direction: start again from steepest descent once. If that
                // cannot decrease f either, f is flat to rounding here: converged if the gradient is nearly zero too.
                if (attempt > 0 || IsIdentity(h))
                {
                    var last = MaxAbs(g);
                    return new MinimizationResult(
                        x, value, iteration, last <= FlatTolerance * Math.Max(1, Math.Abs(value)), last, evaluations);
                }

                h = Identity(n);
            }

            var sy = Dot(s, y);
            if (sy > 1e-12 * Math.Sqrt(Dot(s, s) * Dot(y, y)))
            {
                if (iteration == 0)
                {
                    // Scale the first inverse-Hessian guess to the curvature just seen (Nocedal & Wright 6.20).
                    h = Identity(n, sy / Dot(y, y));
                }

                Update(h, s, y, sy);
            }
        }

        var final = MaxAbs(g);
        return new MinimizationResult(x, value, iteration, final <= gradientTolerance, final, evaluations);
    }

    /// <summary>
    /// A step length meeting the strong Wolfe conditions, or 0 if none was found;
    /// the point and gradient there in trial.
    /// </summary>
    private static double LineSearch(
        GradientFunction f,
        double[] x,
        double value,
        double slope,
        double[] direction,
        double initial,
        double[] trial,
        double[] trialGradient,
        ref int evaluations,
        out double trialValue)
    {
        var (previous, previousValue, previousSlope) = (0d, value, slope);
        var step = initial;
        for (var i = 0; i < 40; i++)
        {
            var (v, d) = Evaluate(f, x, direction, step, trial, trialGradient, ref evaluations);
            if (!double.IsFinite(v))
            {
                step = previous + (0.5 * (step - previous));
                continue;
            }

            if (ApproximatelyWolfe(value, slope, v, d))
            {
                trialValue = v;
                return step;
            }

            if (v > value + (SufficientDecrease * step * slope) || (i > 0 && v >= previousValue))
            {
                return Zoom(
                    f, x, value, slope, direction, (previous, previousValue, previousSlope), (step, v),
                    trial, trialGradient, ref evaluations, out trialValue);
            }

            if (Math.Abs(d) <= -Curvature * slope)
            {
                trialValue = v;
                return step;
            }

            if (d >= 0)
            {
                return Zoom(
                    f, x, value, slope, direction, (step, v, d), (previous, previousValue),
                    trial, trialGradient, ref evaluations, out trialValue);
            }

            (previous, previousValue, previousSlope) = (step, v, d);
            step *= 2;
        }

        trialValue = value;
        return 0;
    }

    private static double Zoom(
        GradientFunction f,
        double[] x,
        double value,
        double slope,
        double[] direction,
        (double Step, double Value, double Slope) low,
        (double Step, double Value) high,
        double[] trial,
        double[] trialGradient,
        ref int evaluations,
        out double trialValue)
    {
        for (var i = 0; i < 60; i++)
        {
            // Minimum of the quadratic through low (value and slope) and high (value), kept inside the bracket.
            var width = high.Step - low.Step;
            var curvature = high.Value - low.Value - (low.Slope * width);
            var step = curvature > 0 ? low.Step - (low.Slope * width * width / (2 * curvature)) : double.NaN;
            var (lo, hi) = (Math.Min(low.Step, high.Step), Math.Max(low.Step, high.Step));
            if (!double.IsFinite(step) || step < lo + (0.1 * (hi - lo)) || step > hi - (0.1 * (hi - lo)))
            {
                step = low.Step + (0.5 * width);
            }

            var (v, d) = Evaluate(f, x, direction, step, trial, trialGradient, ref evaluations);
            if (ApproximatelyWolfe(value, slope, v, d))
            {
                trialValue = v;
                return step;
            }

            if (!double.IsFinite(v) || v > value + (SufficientDecrease * step * slope) || v >= low.Value)
            {
                high = (step, double.IsFinite(v) ? v : double.MaxValue);
                continue;
            }

            if (Math.Abs(d) <= -Curvature * slope)
            {
                trialValue = v;
                return step;
            }

            if (d * width >= 0)
            {
                high = (low.Step, low.Value);
            }

            low = (step, v, d);
            if (Math.Abs(width) < 1e-16 * Math.Max(1, Math.Abs(low.Step)))
            {
                break;
            }
        }

        // The bracket has shrunk to rounding: accept its best point if it decreased the function at all.
        if (low.Step > 0)
        {
            var (v, _) = Evaluate(f, x, direction, low.Step, trial, trialGradient, ref evaluations);
            if (v < value)
            {
                trialValue = v;
                return low.Step;
            }
        }

        trialValue = value;
        return 0;
    }

    /// <summary>
    /// Hager &amp; Zhang's approximate Wolfe conditions (SIAM J. Optim. 2005): where f no longer changes beyond its
    /// rounding (near the optimum of a mean over a million customers, a step's decrease is below 10⁻¹⁵ of f), the
    /// sufficient-decrease test only sees noise, so the step is judged by the slope, which is still accurate. Without
    /// this a bracket shrinks for up to 60 evaluations to no purpose.
    /// </summary>
    private static bool ApproximatelyWolfe(double value, double slope, double v, double d) =>
        double.IsFinite(v) && Math.Abs(v - value) <= FlatFunction * Math.Abs(value) && Math.Abs(d) <= -Curvature * slope;

    /// <summary>
    /// f and its directional derivative at x + step·direction (the point and gradient left in trial).
    /// </summary>
    private static (double Value, double Slope) Evaluate(
        GradientFunction f,
        double[] x,
        double[] direction,
        double step,
        double[] trial,
        double[] gradient,
        ref int evaluations)
    {
        for (var i = 0; i < x.Length; i++)
        {
            trial[i] = x[i] + (step * direction[i]);
        }

        evaluations++;
        var v = f(trial, gradient);
        return double.IsFinite(v) && AllFinite(gradient)
            ? (v, Dot(gradient, direction))
            : (double.PositiveInfinity, double.NaN);
    }

    /// <summary>H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1 / sᵀy.</summary>
    private static void Update(double[,] h, double[] s, double[] y, double sy)
    {
        var n = s.Length;
        var rho = 1 / sy;
        var hy = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                hy[i] += h[i, j] * y[j];
            }
        }

        var yhy = Dot(y, hy);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] += (((1 + (rho * yhy)) * rho * s[i] * s[j]) - (rho * ((hy[i] * s[j]) + (s[i] * hy[j]))));
            }
        }
    }

    private static void Multiply(double[,] h, double[] v, double[] result, double sign)
    {
        for (var i = 0; i < v.Length; i++)
        {
            var sum = 0d;
            for (var j = 0; j < v.Length; j++)
            {
                sum += h[i, j] * v[j];
            }

            result[i] = sign * sum;
        }
    }

    private static double[,] Identity(int n, double scale = 1)
    {
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            h[i, i] = scale;
        }

        return h;
    }

    private static bool IsIdentity(double[,] h)
    {
        for (var i = 0; i < h.GetLength(0); i++)
        {
            for (var j = 0; j < h.GetLength(1); j++)
            {
                if (h[i, j] != (i == j ? 1 : 0))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0d;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double MaxAbs(ReadOnlySpan<double> v)
    {
        var max = 0d;
        foreach (var x in v)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        return max;
    }

    private static bool AllFinite(ReadOnlySpan<double> v)
    {
        foreach (var x in v)
        {
            if (!double.IsFinite(x))
            {
                return false;
            }
        }

        return true;
    }
}
