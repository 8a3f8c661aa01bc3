using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.Segmentation.Engine.Models;

public static class CalibrationHoldoutBuilder
{
    /// <inheritdoc cref="CalibrationHoldout"/>
    /// <remarks>The calibration summaries are <see cref="SummaryBuilder.Build"/>'s, in its row order.</remarks>
    public static CalibrationHoldout Build(
        IEnumerable<Transaction> transactions,
        DateOnly calibrationEnd,
        DateOnly observationEnd,
        TimeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        if (observationEnd <= calibrationEnd)
        {
            throw new ArgumentException(
                $"The observation end {observationEnd:yyyy-MM-dd} must be after the calibration end " +
                $"{calibrationEnd:yyyy-MM-dd}.",
                nameof(observationEnd));
        }

        var all = transactions as IReadOnlyCollection<Transaction> ?? transactions.ToList();
        var calibration = SummaryBuilder.Build(all, calibrationEnd, unit);
        var heldOutDays = new Dictionary<string, HashSet<DateOnly>>();
        foreach (var t in all)
        {
            if (t.Date > calibrationEnd && t.Date <= observationEnd)
            {
                if (!heldOutDays.TryGetValue(t.CustomerId, out var days))
                {
                    heldOutDays[t.CustomerId] = days = [];
                }

                days.Add(t.Date);
            }
        }

        var heldOut = calibration.Select(c => heldOutDays.TryGetValue(c.Id, out var days) ? days.Count : 0).ToArray();
        return new CalibrationHoldout(
            calibration.Select(c => c.Id).ToList(),
            SummaryColumns.From(calibration),
            heldOut,
            (observationEnd.DayNumber - calibrationEnd.DayNumber) / unit.DaysPer());
    }
}
