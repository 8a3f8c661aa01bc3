using System.Globalization;
using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Api.Domain.Models;

/// <summary>
/// How an attempt is judged. A purchase model is usable when its fit on the whole history and its fit on the
/// history before the held-out period are both sound and its held-out total is within the tolerance; of the usable
/// ones the smallest held-out mean absolute error per member wins. The attempt is accepted when a model won and
/// Gamma-Gamma is sound: CLV needs both, and a prediction that is half trusted is not written.
/// </summary>
public static class FitVerdict
{
    public static ModelFit Judge(
        ModelFitAttempt attempt, IReadOnlyList<(PurchaseModelFit Full, HeldOutComparison HeldOut)> purchaseModels,
        SpendModelFit spend, FitThresholds thresholds)
    {
        var reports = purchaseModels.Select(m => new PurchaseModelReport(
            m.Full.Model.Name(), ModelEstimates.From(m.Full), HeldOutReport.From(m.HeldOut),
            RefusalOf(m.Full, m.HeldOut, thresholds))).ToList();
        var usable = reports.Where(r => r.Usable).OrderBy(r => r.HeldOut.MeanAbsoluteError).ToList();
        var chosen = usable.FirstOrDefault();
        var reasons = new List<string>();
        if (chosen is null)
        {
            reasons.Add("no purchase model is usable: "
                + string.Join("; ", reports.Select(r => $"{r.Model}: {r.Refusal!.Detail}")));
        }

        if (spend.Refusal is { } spendRefusal)
        {
            reasons.Add($"gamma-gamma: {spendRefusal.Detail}");
        }

        return new ModelFit
        {
            FittedAt = attempt.FittedAt,
            CalibrationEnd = attempt.CalibrationEnd,
            TimeUnit = attempt.TimeUnit,
            HeldOutWeeks = attempt.HeldOutWeeks,
            Customers = purchaseModels.Count > 0 ? purchaseModels[0].Full.Customers : 0,
            ReturningCustomers = purchaseModels.Count > 0 ? purchaseModels[0].Full.RepeatBuyers : 0,
            Accepted = reasons.Count == 0,
            Refusal = reasons.Count == 0 ? null : Sentence(string.Join(". ", reasons)),
            ChosenModel = chosen?.Model,
            Choice = chosen is null ? null : ChoiceOf(chosen, reports),
            Report = new FitReport(reports, new SpendFitReport(ModelEstimates.From(spend))),
        };
    }

    private static FitRefusal? RefusalOf(PurchaseModelFit full, HeldOutComparison heldOut, FitThresholds thresholds)
    {
        if (full.Refusal is { } refusal)
        {
            return refusal;
        }

        if (heldOut.CalibrationFit.Refusal is { } calibration)
        {
            return calibration with { Detail = "on the history before the held-out period, " + calibration.Detail };
        }

        var error = heldOut.RelativeTotalError;
        return error <= thresholds.MaxHeldOutRelativeError
            ? null
            : new FitRefusal(FitRefusalReason.HeldOutErrorTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"held-out total predicted {heldOut.PredictedTotal:F1} against {heldOut.ActualTotal:F0} actual "
                + $"purchases, a relative error of {error:P0} beyond the tolerance of "
                + $"{thresholds.MaxHeldOutRelativeError:P0}."));
    }

    private static string ChoiceOf(PurchaseModelReport chosen, IReadOnlyList<PurchaseModelReport> reports)
    {
        var others = reports.Where(r => r != chosen).Select(r => r.Usable
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Model} {r.HeldOut.MeanAbsoluteError:F3}")
            : $"{r.Model} refused ({r.Refusal!.Reason})");
        return string.Create(CultureInfo.InvariantCulture,
            $"smallest held-out mean absolute error: {chosen.HeldOut.MeanAbsoluteError:F3} against ")
            + string.Join(", ", others);
    }

    private static string Sentence(string text) =>
        char.ToUpperInvariant(text[0]) + text[1..].TrimEnd('.') + ".";
}

/// <summary>When and on what an attempt was made.</summary>
public sealed record ModelFitAttempt(
    DateTimeOffset FittedAt, DateOnly CalibrationEnd, string TimeUnit, int HeldOutWeeks);
