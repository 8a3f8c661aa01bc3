namespace Loyalty.Segmentation.Engine.Models;

public static partial class GammaGammaModel
{
    /// <summary>
    /// Fits on the customers with frequency &gt; 0 and assesses the fit: fewer than MinRepeatBuyers of them refuses
    /// without optimising; not converged, on the boundary or a Hessian that is not positive definite refuses with
    /// the estimates still reported.
    /// </summary>
    public static SpendModelFit FitAssessed(SummaryColumns customers, FitThresholds thresholds) =>
        throw new NotImplementedException();
}
