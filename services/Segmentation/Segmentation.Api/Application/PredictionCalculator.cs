using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Per-member predictions from a stored fit and the members' calibration summaries (weeks, up to today): the engine's
/// P(alive), expected purchases (horizon in days → weeks), Gamma-Gamma expected spend and CLV. Members without a
/// Gamma-Gamma fit get spend and CLV 0. A member the engine fails on is left out of the result (the caller counts
/// and reports them).
/// </summary>
public static class PredictionCalculator
{
    public const TimeUnit Unit = TimeUnit.Weeks;

    public static Dictionary<string, Prediction> Predict(
        ModelFit fit, IReadOnlyList<CustomerSummary> summaries, SegmentationOptions options)
    {
        var bg = new BgNbdParameters(fit.R, fit.Alpha, fit.A, fit.B);
        GammaGammaParameters? gg =
            fit is { P: { } p, Q: { } q, V: { } v } && q > 1 ? new GammaGammaParameters(p, q, v) : null;
        var horizon = options.PredictionHorizonDays / Unit.DaysPer();
        var clvHorizon = options.ClvHorizonMonths * Unit.PerMonth();
        var results = new Prediction?[summaries.Count];
        Parallel.For(0, summaries.Count, i =>
        {
            var c = summaries[i];
            try
            {
                var alive = BgNbdModel.ProbabilityAlive(bg, c.Frequency, c.Recency, c.T);
                var purchases = BgNbdModel.ExpectedPurchases(bg, c.Frequency, c.Recency, c.T, horizon);
                var spend = gg is null
                    ? 0
                    : GammaGammaModel.ExpectedAverageSpend(gg, c.Frequency, c.MonetaryValue ?? 0);
                var clv = gg is null
                    ? 0
                    : CustomerLifetimeValue.Of(bg, gg, c, clvHorizon, Unit, options.MonthlyDiscountRate);
                results[i] = new Prediction(Finite(alive), Finite(purchases), Money(spend), Money(clv));
            }
            catch (Exception ex) when (ex is ArithmeticException or ArgumentOutOfRangeException)
            {
                // ₂F₁ did not converge (or its argument left [0, 1)) for this member's (x, tₓ, T): no prediction for
                // them, the others' stand.
            }
        });
        return summaries.Select((s, i) => (s.Id, Prediction: results[i])).Where(x => x.Prediction is not null)
            .ToDictionary(x => x.Id, x => x.Prediction!);
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;

    private static decimal Money(double value) =>
        double.IsFinite(value) ? Math.Round((decimal)Math.Clamp(value, -1e9, 1e9), 2) : 0m;
}
