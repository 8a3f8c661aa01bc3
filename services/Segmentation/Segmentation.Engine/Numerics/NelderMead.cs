namespace Loyalty.Segmentation.Engine.Numerics;

/// <summary>
/// The Nelder–Mead simplex method (standard coefficients 1, 2, ½, ½), restarted from its best point until a restart
/// no longer improves — the usual remedy for a simplex that collapses early. Derivative-free, so it is robust on
/// likelihoods with flat ridges; the models run it on log parameters, which keeps every parameter positive.
/// </summary>
public static class NelderMead
{
    public static MinimizationResult Minimize(Func<double[], double> f, double[] start, double tolerance = 1e-12, int maxIterations = 20_000)
    {
        var total = 0;
        var best = Run(f, start, tolerance, maxIterations, ref total);
        for (var restart = 0; restart < 10 && total < maxIterations; restart++)
        {
            var again = Run(f, best.Point, tolerance, maxIterations - total, ref total);
            var improved = again.Value < best.Value - (tolerance * (1 + Math.Abs(best.Value)));
            best = again.Value <= best.Value ? again : best;
            if (!improved)
            {
                return best with { Iterations = total, Converged = again.Converged };
            }
        }

        return best with { Iterations = total, Converged = false };
    }

    private static MinimizationResult Run(Func<double[], double> f, double[] start, double tolerance, int maxIterations, ref int total)
    {
        var n = start.Length;
        var simplex = new double[n + 1][];
        var values = new double[n + 1];
        simplex[0] = (double[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            var vertex = (double[])start.Clone();
            vertex[i] += vertex[i] == 0 ? 0.00025 : 0.05 * Math.Max(1, Math.Abs(vertex[i]));
            simplex[i + 1] = vertex;
        }

        for (var i = 0; i <= n; i++)
        {
            values[i] = Evaluate(f, simplex[i]);
        }

        for (var iteration = 0; iteration < maxIterations; iteration++, total++)
        {
            Array.Sort(values, simplex);
            var spread = Math.Abs(values[n] - values[0]);
            var size = 0d;
            for (var i = 1; i <= n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    size = Math.Max(size, Math.Abs(simplex[i][j] - simplex[0][j]));
                }
            }

            if (spread <= tolerance * (1 + Math.Abs(values[0])) && size <= 1e-9)
            {
                return new MinimizationResult(simplex[0], values[0], iteration, true);
            }

            var centroid = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    centroid[j] += simplex[i][j] / n;
                }
            }

            var reflected = Along(centroid, simplex[n], -1);
            var reflectedValue = Evaluate(f, reflected);
            if (reflectedValue < values[0])
            {
                var expanded = Along(centroid, simplex[n], -2);
                var expandedValue = Evaluate(f, expanded);
                (simplex[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
            }
            else if (reflectedValue < values[n - 1])
            {
                (simplex[n], values[n]) = (reflected, reflectedValue);
            }
            else
            {
                var contracted = reflectedValue < values[n] ? Along(centroid, simplex[n], -0.5) : Along(centroid, simplex[n], 0.5);
                var contractedValue = Evaluate(f, contracted);
                if (contractedValue < Math.Min(reflectedValue, values[n]))
                {
                    (simplex[n], values[n]) = (contracted, contractedValue);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        simplex[i] = Along(simplex[0], simplex[i], 0.5);
                        values[i] = Evaluate(f, simplex[i]);
                    }
                }
            }
        }

        Array.Sort(values, simplex);
        return new MinimizationResult(simplex[0], values[0], maxIterations, false);
    }

    /// <summary>centroid + k·(vertex − centroid).</summary>
    private static double[] Along(double[] centroid, double[] vertex, double k)
    {
        var point = new double[centroid.Length];
        for (var j = 0; j < point.Length; j++)
        {
            point[j] = centroid[j] + (k * (vertex[j] - centroid[j]));
        }

        return point;
    }

    /// <summary>Non-finite values (overflow far from the optimum) count as +∞, so the simplex moves away from them.</summary>
    private static double Evaluate(Func<double[], double> f, double[] point) => f(point) is var v && double.IsFinite(v) ? v : double.PositiveInfinity;
}
