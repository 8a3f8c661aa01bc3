using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Models;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>
/// The new fit, how many members the fit left out (data the models cannot take), and the recompute that predicted from
/// it.
/// </summary>
/// <param name="Fit">The models fitted.</param>
/// <param name="Skipped">Members the fit left out because the models cannot take their data.</param>
/// <param name="Recompute">The recompute of every member that predicted from them.</param>
public sealed record RefitResponse(ModelFitResponse Fit, int Skipped, RecomputeOutcome Recompute)
{
    public RefitResponse(ModelFit fit, int skipped, RecomputeOutcome recompute)
        : this(ModelFitResponse.From(fit), skipped, recompute)
    {
    }
}

/// <summary>
/// One refit of the purchase models on the members' histories up to a clinic day: BG/NBD (r, α, a, b) and
/// Gamma-Gamma (p, q, v). Recency, T and the horizon are in timeUnit (weeks); spend in CNY.
/// </summary>
/// <param name="Id">The fit's number (later fits have higher numbers).</param>
/// <param name="FittedAt">When it was fitted (UTC).</param>
/// <param name="CalibrationEnd">The last clinic day of the histories it was fitted on.</param>
/// <param name="TimeUnit">The unit of recency, T and the horizon: weeks.</param>
/// <param name="Customers">Members with purchases it was fitted on.</param>
/// <param name="R">BG/NBD r: the shape of the purchase-rate distribution.</param>
/// <param name="Alpha">BG/NBD α: the scale of the purchase-rate distribution.</param>
/// <param name="A">BG/NBD a: the dropout probability's first beta parameter.</param>
/// <param name="B">BG/NBD b: the dropout probability's second beta parameter.</param>
/// <param name="BgNbdLogLikelihood">The BG/NBD fit's log-likelihood.</param>
/// <param name="BgNbdConverged">Whether the BG/NBD optimiser converged.</param>
/// <param name="BgNbdIterations">The BG/NBD optimiser's iterations.</param>
/// <param name="ReturningCustomers">Members with a repeat purchase, on whom Gamma-Gamma is fitted.</param>
/// <param name="P">Gamma-Gamma p; null when there were too few returning members.</param>
/// <param name="Q">Gamma-Gamma q; null when there were too few returning members.</param>
/// <param name="V">Gamma-Gamma v; null when there were too few returning members.</param>
/// <param name="GammaGammaLogLikelihood">The Gamma-Gamma fit's log-likelihood; null when not fitted.</param>
/// <param name="GammaGammaConverged">Whether the Gamma-Gamma optimiser converged; null when not fitted.</param>
/// <param name="GammaGammaIterations">The Gamma-Gamma optimiser's iterations; null when not fitted.</param>
public sealed record ModelFitResponse(
    long Id, DateTimeOffset FittedAt, DateOnly CalibrationEnd, string TimeUnit, int Customers,
    double R, double Alpha, double A, double B,
    double BgNbdLogLikelihood, bool BgNbdConverged, int BgNbdIterations, int ReturningCustomers,
    double? P, double? Q, double? V,
    double? GammaGammaLogLikelihood, bool? GammaGammaConverged, int? GammaGammaIterations)
{
    public static ModelFitResponse From(ModelFit f) => new(
        f.Id, f.FittedAt, f.CalibrationEnd, f.TimeUnit, f.Customers, f.R, f.Alpha, f.A, f.B, f.BgNbdLogLikelihood,
        f.BgNbdConverged, f.BgNbdIterations, f.ReturningCustomers, f.P, f.Q, f.V, f.GammaGammaLogLikelihood,
        f.GammaGammaConverged, f.GammaGammaIterations);
}
