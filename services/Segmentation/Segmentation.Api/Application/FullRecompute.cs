using System.Diagnostics;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Infrastructure.Sql;
using Loyalty.Segmentation.Engine.Rfm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Rescores the whole base as of today — the source of truth for the population-relative quintile scores, the mean
/// spend of the layers and the VIP threshold, and the only way recency moves for members who buy nothing — then
/// predicts from the latest model fit and brings every membership (built-in and rule segments) up to date.
/// Set-based: a statement each for the aggregates, the scores, and the memberships removed and added, and one COPY
/// for their events (<see cref="ScoringSql"/>, <see cref="MembershipWriter"/>); one transaction
/// holding the scoring lock exclusively, so event handlers wait for it rather than interleave.
/// </summary>
public sealed class FullRecompute(
    SegmentationDbContext db, TimeProvider timeProvider, IOptions<SegmentationOptions> options, ModelInputs inputs)
{
    /// <summary>Runs in its own transaction.</summary>
    public Task<RecomputeOutcome> RecomputeAsync(CancellationToken cancellationToken) =>
        db.RunAsync(RecomputeInTransactionAsync, cancellationToken);

    /// <summary>Runs in the caller's transaction (its commit wakes the outbox dispatcher).</summary>
    public async Task<RecomputeOutcome> RecomputeInTransactionAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var today = ClinicTime.Today(timeProvider);
        var now = timeProvider.GetUtcNow();
        await SegmentationLocks.TakeScoringExclusiveAsync(db, cancellationToken);
        await db.RefreshPurchaseAggregatesAsync(cancellationToken);

        var activity = await db.Members.AsNoTracking().Where(m => m.Purchases > 0)
            .Select(m => new { m.Id, m.Purchases, m.LastPurchaseOn, m.Spend }).ToListAsync(cancellationToken);
        var scores = RfmRules.Score(
            activity.Select(a => new MemberActivity(a.Id.ToString(), a.Purchases, a.LastPurchaseOn!.Value, a.Spend))
                .ToList(),
            today);
        var (predictions, skipped) = await PredictAsync(today, cancellationToken);
        await db.WriteScoresAsync(scores, predictions, today, cancellationToken);

        // Erased members keep their (pseudonymous) scores but are in no segment.
        var erased = (await db.Members.AsNoTracking().Where(m => m.IsErased).Select(m => m.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var desired = new HashSet<(Guid, string)>();
        foreach (var score in scores)
        {
            var id = Guid.Parse(score.MemberId);
            if (erased.Contains(id))
            {
                continue;
            }

            foreach (var code in BuiltInSegments.CodesOf(score.Layer, score.Group, score.IsVip, score.IsPotentialChurn))
            {
                desired.Add((id, code));
            }
        }

        var rules = await db.RuleSegments.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var rule in rules)
        {
            var members = await RuleFilter.Apply(db.Members.AsNoTracking(), rule.Criteria, today).Select(m => m.Id)
                .ToListAsync(cancellationToken);
            foreach (var id in members)
            {
                desired.Add((id, rule.Code));
            }
        }

        var current = (await db.Memberships.AsNoTracking().Select(m => new { m.MemberId, m.SegmentCode })
                .ToListAsync(cancellationToken))
            .Select(m => (m.MemberId, m.SegmentCode)).ToHashSet();
        var (entered, left) = MembershipChanges.Diff(current, desired);
        var segments = BuiltInSegments.All.Concat(rules.Select(r => r.Definition)).ToDictionary(s => s.Code);
        SegmentDefinition Describe(string code) =>
            segments.GetValueOrDefault(code) ?? new SegmentDefinition(code, code, SegmentKind.Rule);
        await MembershipWriter.ApplyAsync(
            db,
            entered.Select(e => (e.Item1, Describe(e.Item2))).ToList(),
            left.Select(l => (l.Item1, Describe(l.Item2))).ToList(),
            now,
            cancellationToken);
        return new RecomputeOutcome(
            today, scores.Count, entered.Count, left.Count, predictions is not null, skipped, clock.Elapsed);
    }

    /// <summary>
    /// Predictions from the latest fit (null when the models were never fitted) and how many members got none: left
    /// out of the models' inputs, or their prediction failed.
    /// </summary>
    private async Task<(Dictionary<string, Prediction>? Predictions, int Skipped)> PredictAsync(
        DateOnly today, CancellationToken cancellationToken)
    {
        var fit = await db.ModelFits.AsNoTracking().OrderByDescending(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        if (fit is null)
        {
            return (null, 0);
        }

        var calibration = await inputs.LoadAsync(today, cancellationToken);
        var predictions = PredictionCalculator.Predict(fit, calibration.Summaries, options.Value);
        var failed = calibration.Summaries.Where(s => !predictions.ContainsKey(s.Id)).Select(s => s.Id).ToList();
        inputs.ReportUnpredictable(failed);
        return (predictions, calibration.Skipped + failed.Count);
    }
}
