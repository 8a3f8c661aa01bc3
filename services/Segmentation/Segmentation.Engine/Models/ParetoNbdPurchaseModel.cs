namespace Loyalty.Segmentation.Engine.Models;

internal sealed class ParetoNbdPurchaseModel : IPurchaseModel
{
    public PurchaseModel Model => PurchaseModel.ParetoNbd;

    public PurchaseModelFit Fit(SummaryColumns customers, FitThresholds thresholds) =>
        throw new NotImplementedException();

    public void Predict(
        PurchaseModelFit fit,
        SummaryColumns customers,
        double horizon,
        Span<double> probabilityAlive,
        Span<double> expectedPurchases) =>
        throw new NotImplementedException();
}
