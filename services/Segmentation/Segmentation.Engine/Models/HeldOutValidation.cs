namespace Loyalty.Segmentation.Engine.Models;

public static class HeldOutValidation
{
    /// <summary>The last frequency group: "7 or more" repeat purchases in calibration.</summary>
    public const int LastFrequencyGroup = 7;

    /// <summary>
    /// Fits the model on the calibration summaries, predicts each customer's held-out purchases over Duration, and
    /// compares. A calibration fit that is refused gives a comparison whose CalibrationFit says why (predictions NaN).
    /// A sound calibration fit whose held-out relative total error is beyond
    /// <see cref="FitThresholds.MaxHeldOutRelativeError"/> comes back refused with
    /// <see cref="FitRefusalReason.HeldOutErrorTooLarge"/> (its predictions kept, to show how far off they are).
    /// </summary>
    public static HeldOutComparison Compare(IPurchaseModel model, CalibrationHoldout split, FitThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(thresholds);
        var customers = split.Calibration;
        var n = customers.Count;
        if (split.HeldOutPurchases.Length != n)
        {
            throw new ArgumentException("The held-out purchases must have one element per customer.", nameof(split));
        }

        var fit = model.Fit(customers, thresholds);
        var (alive, predicted) = (new double[n], new double[n]);
        if (fit.Sound)
        {
            model.Predict(fit, customers, split.Duration, alive, predicted);
        }
        else
        {
            Array.Fill(predicted, double.NaN);
        }

        var groups = LastFrequencyGroup + 1;
        var (count, actualSum, predictedSum) = (new int[groups], new double[groups], new double[groups]);
        var (actualTotal, predictedTotal, absoluteError) = (0d, 0d, 0d);
        for (var i = 0; i < n; i++)
        {
            var group = Math.Min(customers.Frequency[i], LastFrequencyGroup);
            var actual = split.HeldOutPurchases[i];
            count[group]++;
            actualSum[group] += actual;
            predictedSum[group] += predicted[i];
            actualTotal += actual;
            predictedTotal += predicted[i];
            absoluteError += Math.Abs(predicted[i] - actual);
        }

        var byFrequency = Enumerable.Range(0, groups)
            .Select(g => new FrequencyGroupComparison(
                g,
                g == LastFrequencyGroup,
                count[g],
                count[g] == 0 ? double.NaN : actualSum[g] / count[g],
                count[g] == 0 ? double.NaN : predictedSum[g] / count[g]))
            .ToList();
        var comparison = new HeldOutComparison(
            model.Model, fit, n, split.Duration, actualTotal, predictedTotal, n == 0 ? double.NaN : absoluteError / n,
            byFrequency);
        return fit.Sound && !(comparison.RelativeTotalError <= thresholds.MaxHeldOutRelativeError)
            ? comparison with { CalibrationFit = fit with { Refusal = TooFarOff(comparison, thresholds) } }
            : comparison;
    }

    private static FitRefusal TooFarOff(HeldOutComparison comparison, FitThresholds thresholds)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var predicted = comparison.PredictedTotal.ToString("F1", invariant);
        var actual = comparison.ActualTotal.ToString("F0", invariant);
        var error = comparison.RelativeTotalError.ToString("P1", invariant);
        var limit = thresholds.MaxHeldOutRelativeError.ToString("P0", invariant);
        return new FitRefusal(
            FitRefusalReason.HeldOutErrorTooLarge,
            $"Predicted {predicted} held-out purchases against {actual} actual, a relative error of {error}, " +
            $"beyond {limit} (MaxHeldOutRelativeError).");
    }
}
