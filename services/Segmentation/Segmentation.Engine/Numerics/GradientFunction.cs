namespace Loyalty.Segmentation.Engine.Numerics;

/// <summary>A smooth function: returns f(point) and writes ∇f(point) into <paramref name="gradient"/>.</summary>
public delegate double GradientFunction(ReadOnlySpan<double> point, Span<double> gradient);
