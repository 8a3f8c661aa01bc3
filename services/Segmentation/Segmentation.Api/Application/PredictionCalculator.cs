using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Per-member predictions from an accepted fit and the members' calibration summaries (weeks, up to today): the
/// chosen purchase model's P(alive) and expected purchases (horizon in days → weeks), Gamma-Gamma's expected spend,
/// and CLV: each month's expected purchases × expected spend, discounted monthly (a final partial month with its
/// share). Members the engine fails on are left out of the result (the caller counts and reports them).
/// </summary>
public static class PredictionCalculator
{
    public const TimeUnit Unit = TimeUnit.Weeks;

    public static Dictionary<string, Prediction> Predict(
        ModelFit fit, IReadOnlyList<CustomerSummary> summaries, SegmentationOptions options)
    {
        if (fit.Chosen is not { } chosen || !PurchaseModelNames.TryParse(chosen.Model, out var name))
        {
            throw new ArgumentException($"Fit {fit.Id} has no chosen purchase model to predict from.", nameof(fit));
        }

        var model = PurchaseModels.For(name);
        var purchases = chosen.Fit.ToPurchaseFit(name, fit.ReturningCustomers);
        var spend = fit.Report.Spend.ToParameters();
        var results = new Prediction?[summaries.Count];
        var horizons = new Horizons(options);
        PredictRange(model, purchases, spend, summaries, 0, summaries.Count, horizons, results);
        return summaries.Select((s, i) => (s.Id, Prediction: results[i])).Where(x => x.Prediction is not null)
            .ToDictionary(x => x.Id, x => x.Prediction!);
    }

    /// <summary>
    /// Predicts rows [start, start + count) together; when the engine fails on one of them (₂F₁ did not converge, or
    /// its argument left [0, 1), for that member's (x, tₓ, T)) the range is halved until the failing members are
    /// found and left without a prediction, so the others' stand.
    /// </summary>
    private static void PredictRange(
        IPurchaseModel model, PurchaseModelFit purchases, GammaGammaParameters spend,
        IReadOnlyList<CustomerSummary> summaries, int start, int count, Horizons horizons, Prediction?[] results)
    {
        if (count == 0)
        {
            return;
        }

        var rows = summaries.Skip(start).Take(count).ToList();
        try
        {
            var predicted = PredictAll(model, purchases, spend, rows, horizons);
            predicted.CopyTo(results, start);
        }
        catch (Exception ex) when (count > 1 && ex is ArithmeticException or ArgumentOutOfRangeException)
        {
            var half = count / 2;
            PredictRange(model, purchases, spend, summaries, start, half, horizons, results);
            PredictRange(model, purchases, spend, summaries, start + half, count - half, horizons, results);
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentOutOfRangeException)
        {
            // this one member's data: no prediction for them
        }
    }

    private static Prediction[] PredictAll(
        IPurchaseModel model, PurchaseModelFit purchases, GammaGammaParameters spend,
        IReadOnlyList<CustomerSummary> rows, Horizons horizons)
    {
        var customers = SummaryColumns.From(rows);
        var (alive, expected) = (new double[rows.Count], new double[rows.Count]);
        model.Predict(purchases, customers, horizons.Purchases, alive, expected);

        // CLV's purchases per month: E[purchases by the month's end] − E[by the month before], discounted.
        var discounted = new double[rows.Count];
        var (byMonth, before) = (new double[rows.Count], new double[rows.Count]);
        foreach (var (until, discount) in horizons.ClvMonths)
        {
            model.Predict(purchases, customers, until, alive, byMonth);
            for (var i = 0; i < rows.Count; i++)
            {
                discounted[i] += (byMonth[i] - before[i]) * discount;
            }

            (before, byMonth) = (byMonth, before);
        }

        var withSpend = spend.Q > 1;
        return rows.Select((c, i) =>
        {
            var perPurchase = withSpend ? GammaGammaModel.ExpectedAverageSpend(spend, c.Frequency, c.MonetaryValue ?? 0) : 0;
            return new Prediction(Finite(alive[i]), Finite(expected[i]), Money(perPurchase),
                Money(discounted[i] * perPurchase));
        }).ToArray();
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;

    private static decimal Money(double value) =>
        double.IsFinite(value) ? Math.Round((decimal)Math.Clamp(value, -1e9, 1e9), 2) : 0m;

    /// <summary>The horizons in the models' unit: expected purchases', and each CLV month's end and discount.</summary>
    private sealed class Horizons
    {
        public Horizons(SegmentationOptions options)
        {
            Purchases = options.PredictionHorizonDays / Unit.DaysPer();
            var (month, horizon) = (Unit.PerMonth(), options.ClvHorizonMonths * Unit.PerMonth());
            var months = new List<(double, double)>();
            for (var i = 1; (i - 1) * month < horizon; i++)
            {
                var until = Math.Min(i * month, horizon);
                months.Add((until, 1 / Math.Pow(1 + options.MonthlyDiscountRate, until / month)));
            }

            ClvMonths = months;
        }

        public double Purchases { get; }

        public IReadOnlyList<(double Until, double Discount)> ClvMonths { get; }
    }
}
