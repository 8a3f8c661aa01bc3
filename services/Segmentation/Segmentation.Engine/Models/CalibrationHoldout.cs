namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// Calibration / held-out split of transactions (same-day purchases as one, as SummaryBuilder): customers whose first
/// purchase is on or before the calibration end; HeldOutPurchases[i] = purchase days in (calibrationEnd,
/// observationEnd]; Duration = observationEnd − calibrationEnd in the unit; Ids in the same row order.
/// </summary>
public sealed record CalibrationHoldout(
    IReadOnlyList<string> Ids,
    SummaryColumns Calibration,
    int[] HeldOutPurchases,
    double Duration);
