namespace Loyalty.Segmentation.Engine.Models;

/// <summary>A model's predictions for a held-out period against what the customers did.</summary>
public sealed record HeldOutComparison(
    PurchaseModel Model,
    PurchaseModelFit CalibrationFit,
    int Customers,
    double Duration,
    double ActualTotal,
    double PredictedTotal,
    double MeanAbsoluteError,
    IReadOnlyList<FrequencyGroupComparison> ByFrequency)
{
    /// <summary>|PredictedTotal − ActualTotal| / ActualTotal (∞ when nothing was bought).</summary>
    public double RelativeTotalError =>
        ActualTotal == 0 ? double.PositiveInfinity : Math.Abs(PredictedTotal - ActualTotal) / ActualTotal;
}
