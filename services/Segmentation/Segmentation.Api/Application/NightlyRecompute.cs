using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// The nightly run, once per local day: refit the models when the last fit is older than RefitEvery, then the full
/// recompute. Replicas: a try-lock (advisory, transaction-scoped) lets one replica in; the job_runs row written in
/// the same transaction tells the others (and later ticks) that the day is done.
/// </summary>
public sealed class NightlyRecompute(
    SegmentationDbContext db,
    FullRecompute recompute,
    ModelRefit refit,
    TimeProvider timeProvider,
    IOptions<SegmentationOptions> options)
{
    public const string JobName = "nightly-recompute";

    public async Task<string> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        if (NightlySchedule.DueDay(now, zone, settings.NightlyAt) is not { } day)
        {
            return "not due yet";
        }

        if (await DoneAsync(day, cancellationToken))
        {
            return $"{day:yyyy-MM-dd} already done";
        }

        return await db.RunAsync(ct => RunAsync(day, now, ct), cancellationToken);
    }

    /// <summary>The night's run, in its transaction: the first replica to get the job lock does the day.</summary>
    private async Task<string> RunAsync(DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!await SegmentationLocks.TryTakeNightlyJobAsync(db, cancellationToken))
        {
            return "another replica is running it";
        }

        if (await DoneAsync(day, cancellationToken))
        {
            return $"{day:yyyy-MM-dd} already done";
        }

        // Refit weekly; while no fit has been accepted, every night (the history grows).
        var lastAttempt = await db.ModelFits.OrderByDescending(f => f.Id).Select(f => (DateTimeOffset?)f.FittedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var refitted = lastAttempt is null || now - lastAttempt >= settings.RefitEvery
            || !await db.ModelFits.AnyAsync(f => f.Accepted, cancellationToken)
                ? (await refit.RefitAsync(cancellationToken)).Fit
                : null;
        var outcome = await recompute.RecomputeInTransactionAsync(cancellationToken);
        var models = refitted switch
        {
            null => "models not refitted",
            { Accepted: true } => $"models refitted (fit {refitted.Id}, {refitted.ChosenModel})",
            _ => $"models refit refused (fit {refitted.Id}, why: GET /api/segments/models)",
        };
        var held = outcome.HeldRuleSegments.Count == 0
            ? ""
            : $", rule segments on CLV or P(alive) left as they were (no accepted fit): "
                + string.Join(" ", outcome.HeldRuleSegments);
        var line = $"{day:yyyy-MM-dd}: {outcome.Scored} members scored, {outcome.Entered} entered and {outcome.Left} "
            + $"left segments, {models}, "
            + $"{outcome.Skipped} {(outcome.Skipped == 1 ? "member" : "members")} skipped by the models{held}, "
            + $"in {outcome.Elapsed.TotalSeconds:F1} s";
        // the column's limit; the refusal's whole text is on the fit (GET /api/segments/models)
        line = line.Length <= JobRun.MaxOutcomeLength ? line : line[..(JobRun.MaxOutcomeLength - 1)] + "…";
        db.JobRuns.Add(
            new JobRun { Job = JobName, RunDate = day, CompletedAt = timeProvider.GetUtcNow(), Outcome = line });
        return line;
    }

    private Task<bool> DoneAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.JobRuns.AnyAsync(r => r.Job == JobName && r.RunDate == day, cancellationToken);
}
