namespace Loyalty.Segmentation.Engine.Models;

/// <summary>A purchase-count model: fitted, assessed and used to predict.</summary>
public interface IPurchaseModel
{
    PurchaseModel Model { get; }

    /// <summary>
    /// Fits and assesses: too few customers/repeat buyers (checked first, no optimisation), not converged, on the
    /// boundary, Hessian not positive definite → Refusal set (parameters still reported where they exist).
    /// </summary>
    PurchaseModelFit Fit(SummaryColumns customers, FitThresholds thresholds);

    /// <summary>
    /// P(alive) and expected purchases in the next horizon, per customer (row order), as BgNbdModel.Predict.
    /// </summary>
    void Predict(
        PurchaseModelFit fit,
        SummaryColumns customers,
        double horizon,
        Span<double> probabilityAlive,
        Span<double> expectedPurchases);
}
