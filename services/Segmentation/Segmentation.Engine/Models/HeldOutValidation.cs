namespace Loyalty.Segmentation.Engine.Models;

public static class HeldOutValidation
{
    /// <summary>
    /// Fits the model on the calibration summaries, predicts each customer's held-out purchases over Duration, and
    /// compares. A calibration fit that is refused gives a comparison whose CalibrationFit says why (predictions NaN).
    /// </summary>
    public static HeldOutComparison Compare(IPurchaseModel model, CalibrationHoldout split, FitThresholds thresholds) =>
        throw new NotImplementedException();
}
