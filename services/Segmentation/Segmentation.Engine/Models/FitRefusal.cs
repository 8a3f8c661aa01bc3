namespace Loyalty.Segmentation.Engine.Models;

public enum FitRefusalReason
{
    TooFewCustomers,
    TooFewRepeatBuyers,
    NotConverged,
    OnBoundary,
    HessianNotPositiveDefinite,
    HeldOutErrorTooLarge,
}

/// <summary>
/// Why a fit must not be used; Detail is one English sentence naming the parameter or count and the threshold.
/// </summary>
public sealed record FitRefusal(FitRefusalReason Reason, string Detail);
