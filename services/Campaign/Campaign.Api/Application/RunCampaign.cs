using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// A run of a campaign over its target audience (all known members, or members of any target segment), in member-id
/// order, one transaction per batch. The run key makes it idempotent: running it again, or after a crash part-way,
/// reaches only the members it has not reached yet.
/// </summary>
public sealed class RunCampaign(
    CampaignDbContext db, CampaignExecutor executor, TimeProvider timeProvider, IOptions<CampaignOptions> options)
{
    public const string OneOffRunKey = "once";

    /// <summary>The longest run key a delivery keeps.</summary>
    public const int MaxRunKeyLength = 64;

    /// <summary>An admin's run by hand: only an active scheduled campaign runs over its audience.</summary>
    public async Task<RunOutcome> HandleAsync(Guid campaignId, string? runKey, CancellationToken cancellationToken)
    {
        runKey = string.IsNullOrWhiteSpace(runKey) ? OneOffRunKey : runKey.Trim();
        if (runKey.Length > MaxRunKeyLength)
        {
            return new RunOutcome.Invalid(new() { ["runKey"] = [$"runKey is at most {MaxRunKeyLength} characters."] });
        }

        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(
            c => c.Id == campaignId, cancellationToken);
        return campaign switch
        {
            null => new RunOutcome.NotFound(),
            { Status: not CampaignStatus.Active } or { Trigger: not CampaignTrigger.Schedule } =>
                new RunOutcome.NotRunnable(),
            _ => new RunOutcome.Ran(await RunAsync(campaignId, runKey, cancellationToken)),
        };
    }

    public async Task<ExecutionResult> RunAsync(Guid campaignId, string runKey, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, cancellationToken);
        var template = await executor.CouponTemplateOfAsync(campaign, cancellationToken);
        // A birthday-month campaign reaches only the members born in the run's month ("birthday:2026-11"; run by hand:
        // this month).
        var birthMonth = campaign.Schedule == ScheduleKind.BirthdayMonth
            ? CampaignSchedule.BirthMonthOf(runKey) ?? ClinicTime.Today(timeProvider).Month
            : 0;
        var total = ExecutionResult.None;
        var after = Guid.Empty;
        var done = false;
        while (!done)
        {
            total += await db.RunAsync(
                async ct =>
                {
                    var batch = await AudienceAsync(campaign, after, options.Value.BatchSize, birthMonth, ct);
                    done = batch.Count == 0;
                    after = done ? after : batch[^1].MemberId;
                    return done
                        ? ExecutionResult.None
                        : await executor.ExecuteAsync(
                            campaign, template, runKey, batch, new Dictionary<string, string>(), ct);
                },
                cancellationToken);
        }

        await db.Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(
            set => set.SetProperty(c => c.LastRunAt, timeProvider.GetUtcNow()).SetProperty(c => c.LastRunKey, runKey),
            cancellationToken);
        return total;
    }

    private async Task<List<Recipient>> AudienceAsync(
        MarketingCampaign campaign, Guid after, int size, int birthMonth, CancellationToken cancellationToken)
    {
        var rows = campaign.AllMembers
            ? AudienceSql.AllMembers.Rows<AudienceRow>(db, after, birthMonth, size, BudgetSplit.LifecycleCodes)
            : AudienceSql.SegmentMembers.Rows<AudienceRow>(
                db, after, birthMonth, size, BudgetSplit.LifecycleCodes, campaign.TargetSegments.ToArray());
        return (await rows.ToListAsync(cancellationToken))
            .Select(r => new Recipient(r.MemberId, BudgetSplit.ShareKeyFor(r.SegmentCode))).ToList();
    }
}

/// <summary>How a run by hand ended.</summary>
public abstract record RunOutcome
{
    private RunOutcome()
    {
    }

    public sealed record Ran(ExecutionResult Result) : RunOutcome;

    public sealed record NotFound : RunOutcome;

    /// <summary>The campaign is not active, or not a scheduled one.</summary>
    public sealed record NotRunnable : RunOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : RunOutcome;
}
