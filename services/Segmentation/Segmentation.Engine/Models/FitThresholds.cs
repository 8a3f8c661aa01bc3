namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// When a fit is refused (the service binds it from Segmentation:Models; the CLI takes the defaults). The defaults
/// and why: docs/segmentation.md, "When a fit is refused".
/// </summary>
public sealed record FitThresholds
{
    public int MinCustomers { get; init; } = 500;

    public int MinRepeatBuyers { get; init; } = 100;

    /// <summary>|ln θ| beyond this means the optimum ran to 0 or ∞.</summary>
    public double BoundaryLogLimit { get; init; } = 12;

    /// <summary>|predicted − actual| / actual of the held-out total beyond this refuses the model.</summary>
    public double MaxHeldOutRelativeError { get; init; } = 0.25;

    public static FitThresholds Default { get; } = new();
}
