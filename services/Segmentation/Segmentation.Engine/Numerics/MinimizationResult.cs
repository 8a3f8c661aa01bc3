namespace Loyalty.Segmentation.Engine.Numerics;

/// <summary>
/// Where a minimisation ended, the value there, and whether it met its tolerance; gradient methods also give the
/// largest gradient component there and how many times they evaluated the function (NaN and 0 otherwise).
/// </summary>
public sealed record MinimizationResult(
    double[] Point,
    double Value,
    int Iterations,
    bool Converged,
    double GradientNorm = double.NaN,
    int Evaluations = 0);
