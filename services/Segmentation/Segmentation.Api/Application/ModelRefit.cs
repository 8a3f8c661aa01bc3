using Loyalty.BuildingBlocks.Time;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Summaries;
using Microsoft.Extensions.Options;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Fits every purchase-count model (BG/NBD, MBG/NBD, Pareto/NBD) and Gamma-Gamma on every member's purchase history up
/// to today (weeks; purchases net of refunds, same-day purchases as one), checks each purchase model on the held-out
/// period (the last <see cref="ModelOptions.HeldOutWeeks"/> weeks, predicted from the history before them), and
/// stores the attempt, accepted or refused, with every model's estimates, intervals, verdict and comparison
/// (<see cref="FitVerdict"/>). Members whose data the models cannot take are left out and counted
/// (<see cref="ModelInputs"/>).
/// </summary>
public sealed class ModelRefit(
    SegmentationDbContext db, TimeProvider timeProvider, ModelInputs inputs, IOptions<SegmentationOptions> options)
{
    /// <summary>The attempt (saved, accepted or refused) and the number of members left out.</summary>
    public async Task<RefitOutcome> RefitAsync(CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var settings = options.Value.Models;
        var thresholds = settings.Thresholds;
        var calibration = await inputs.LoadAsync(today, cancellationToken);
        var summaries = SummaryColumns.From(calibration.Summaries.ToList());
        // With nobody (or nobody with a known spend) there is no spend column, which Gamma-Gamma needs to refuse.
        var customers = summaries.MonetaryValue is null
            ? new SummaryColumns(summaries.Frequency, summaries.Recency, summaries.T, new double[summaries.Count])
            : summaries;
        var split = CalibrationHoldoutBuilder.Build(
            calibration.Transactions, today.AddDays(-7 * settings.HeldOutWeeks), today, PredictionCalculator.Unit);
        var purchaseModels = PurchaseModels.All
            .Select(model => (model.Fit(customers, thresholds), HeldOutValidation.Compare(model, split, thresholds)))
            .ToList();
        var attempt = new ModelFitAttempt(
            timeProvider.GetUtcNow(), today, PredictionCalculator.Unit.ToString(), settings.HeldOutWeeks);
        var fit = FitVerdict.Judge(
            attempt, purchaseModels, GammaGammaModel.FitAssessed(customers, thresholds), thresholds);
        db.ModelFits.Add(fit);
        await db.SaveChangesAsync(cancellationToken);
        return new RefitOutcome(fit, calibration.Skipped);
    }
}

/// <summary>A refit's attempt (accepted or refused) and how many members it left out.</summary>
public sealed record RefitOutcome(ModelFit Fit, int Skipped);
