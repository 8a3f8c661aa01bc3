namespace Loyalty.Segmentation.Engine.Numerics;

/// <summary>
/// The observed information at a maximum-likelihood optimum and what follows from it. The fits minimise the mean
/// negative log-likelihood over log parameters φ = ln θ; its Hessian is taken by central differences of the analytic
/// (or numerical) gradient, scaled to the whole sample, and inverted by Cholesky. At the optimum the gradient is zero,
/// so the covariance of θ is D·Cov(φ)·D with D = diag(θ) exactly (the delta method): se(θᵢ) = θᵢ·se(φᵢ), which is
/// what lifetimes' summary reports.
/// </summary>
public static class ObservedInformation
{
    // The gradient is accurate to ~1e-14; a step of 1e-4 in ln θ keeps both the truncation (h²) and the rounding
    // (ε/h) error of the second derivatives below 1e-8 relative, far beyond the 3 figures the errors are quoted to.
    private const double Step = 1e-4;

    /// <summary>
    /// The Hessian of the mean function <paramref name="f"/> at <paramref name="point"/>, symmetrised, times
    /// <paramref name="scale"/> (the number of customers, for the total log-likelihood).
    /// </summary>
    public static double[,] Hessian(GradientFunction f, ReadOnlySpan<double> point, double scale)
    {
        var n = point.Length;
        var hessian = new double[n, n];
        var (shifted, up, down) = (point.ToArray(), new double[n], new double[n]);
        for (var j = 0; j < n; j++)
        {
            shifted[j] = point[j] + Step;
            f(shifted, up);
            shifted[j] = point[j] - Step;
            f(shifted, down);
            shifted[j] = point[j];
            for (var i = 0; i < n; i++)
            {
                hessian[i, j] = (up[i] - down[i]) / (2 * Step);
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var mean = scale * (hessian[i, j] + hessian[j, i]) / 2;
                (hessian[i, j], hessian[j, i]) = (mean, mean);
            }

            hessian[i, i] *= scale;
        }

        return hessian;
    }

    /// <summary>
    /// The Hessian of a mean function known only by its values (its gradient being itself a difference quotient),
    /// times <paramref name="scale"/>: second differences with a step of 10⁻³ in ln θ, whose rounding error
    /// (ε·f/h² ≈ 10⁻⁹) stays far below the curvature of even a poorly determined parameter, where differencing a
    /// numerical gradient would amplify its noise to a per cent. 2n² + 1 evaluations.
    /// </summary>
    public static double[,] HessianFromValues(Func<ReadOnlySpan<double>, double> f, ReadOnlySpan<double> point, double scale)
    {
        const double h = 1e-3;
        var n = point.Length;
        var hessian = new double[n, n];
        var (origin, shifted) = (point.ToArray(), point.ToArray());
        var centre = f(point);
        double At(int i, double di, int j, double dj)
        {
            shifted[i] += di;
            shifted[j] += dj;
            var value = f(shifted);
            (shifted[i], shifted[j]) = (origin[i], origin[j]);
            return value;
        }

        for (var i = 0; i < n; i++)
        {
            hessian[i, i] = scale * (At(i, h, i, 0) - (2 * centre) + At(i, -h, i, 0)) / (h * h);
            for (var j = 0; j < i; j++)
            {
                var mixed = (At(i, h, j, h) - At(i, h, j, -h) - At(i, -h, j, h) + At(i, -h, j, -h)) / (4 * h * h);
                (hessian[i, j], hessian[j, i]) = (scale * mixed, scale * mixed);
            }
        }

        return hessian;
    }

    /// <summary>
    /// The inverse of a symmetric matrix by Cholesky, or null when it is not positive definite: a pivot that is not
    /// finite or not above 1e-12 of the largest diagonal element (a direction with no curvature to rounding).
    /// </summary>
    public static double[,]? InverseIfPositiveDefinite(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var largest = 0d;
        for (var i = 0; i < n; i++)
        {
            largest = Math.Max(largest, Math.Abs(matrix[i, i]));
        }

        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var pivot = matrix[j, j];
            for (var k = 0; k < j; k++)
            {
                pivot -= l[j, k] * l[j, k];
            }

            if (!double.IsFinite(pivot) || pivot <= 1e-12 * largest)
            {
                return null;
            }

            l[j, j] = Math.Sqrt(pivot);
            for (var i = j + 1; i < n; i++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = sum / l[j, j];
            }
        }

        // A⁻¹ = L⁻ᵀ L⁻¹, column by column: solve L y = eⱼ, then Lᵀ x = y.
        var inverse = new double[n, n];
        var y = new double[n];
        for (var column = 0; column < n; column++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = i == column ? 1d : 0d;
                for (var k = 0; k < i; k++)
                {
                    sum -= l[i, k] * y[k];
                }

                y[i] = sum / l[i, i];
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var sum = y[i];
                for (var k = i + 1; k < n; k++)
                {
                    sum -= l[k, i] * inverse[k, column];
                }

                inverse[i, column] = sum / l[i, i];
            }
        }

        return inverse;
    }

    /// <summary>
    /// A gradient by central differences of a smooth function, for the likelihoods whose derivatives are not worth
    /// writing out (Pareto/NBD's hypergeometric terms): 2n evaluations, steps of 1e-6 in each coordinate.
    /// </summary>
    public static GradientFunction WithNumericalGradient(Func<ReadOnlySpan<double>, double> f) => (point, gradient) =>
    {
        const double h = 1e-6;
        var shifted = point.ToArray();
        for (var i = 0; i < shifted.Length; i++)
        {
            shifted[i] = point[i] + h;
            var up = f(shifted);
            shifted[i] = point[i] - h;
            var down = f(shifted);
            shifted[i] = point[i];
            gradient[i] = (up - down) / (2 * h);
        }

        return f(point);
    };
}
