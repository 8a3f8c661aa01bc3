namespace Loyalty.Segmentation.Engine.Numerics;

/// <summary>Where a minimisation ended, the value there, and whether it met its tolerance.</summary>
public sealed record MinimizationResult(double[] Point, double Value, int Iterations, bool Converged);
