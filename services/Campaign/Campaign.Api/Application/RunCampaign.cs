using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// A run of a campaign over its target audience (all known members, or members of any target segment), in member-id
/// order, one transaction per batch. The run key makes it idempotent: running it again, or after a crash part-way,
/// reaches only the members it has not reached yet.
/// </summary>
public sealed class RunCampaign(CampaignDbContext db, CampaignExecutor executor, TimeProvider timeProvider, IOptions<CampaignOptions> options)
{
    public const string OneOffRunKey = "once";

    public async Task<ExecutionResult> RunAsync(Guid campaignId, string runKey, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, cancellationToken);
        var template = campaign.CouponTemplateId is { } templateId
            ? await db.CouponTemplates.AsNoTracking().SingleAsync(t => t.Id == templateId, cancellationToken)
            : null;
        // A birthday-month campaign reaches only the members born in the run's month ("birthday:2026-11"; run by hand: this month).
        var birthMonth = campaign.Schedule == ScheduleKind.BirthdayMonth
            ? CampaignSchedule.BirthMonthOf(runKey) ?? Loyalty.BuildingBlocks.Time.ClinicTime.Today(timeProvider).Month
            : 0;
        var total = ExecutionResult.None;
        var after = Guid.Empty;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await AudienceAsync(campaign, after, options.Value.BatchSize, birthMonth, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            total += await executor.ExecuteAsync(campaign, template, runKey, batch, new Dictionary<string, string>(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            after = batch[^1].MemberId;
        }

        await db.Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastRunAt, timeProvider.GetUtcNow()).SetProperty(c => c.LastRunKey, runKey), cancellationToken);
        return total;
    }

    private async Task<List<Recipient>> AudienceAsync(MarketingCampaign campaign, Guid after, int size, int birthMonth, CancellationToken cancellationToken)
    {
        const string lifecycle = """
            LEFT JOIN LATERAL (SELECT s."SegmentCode" FROM segment_memberships s
                               WHERE s."MemberId" = a."MemberId" AND s."IsMember" AND s."SegmentCode" = ANY(@lifecycle) ORDER BY s."ChangedAt" DESC LIMIT 1) l ON true
            """;
        var sql = campaign.AllMembers
            ? $"""SELECT a."MemberId", l."SegmentCode" FROM (SELECT "MemberId" FROM members WHERE "MemberId" > @after AND (@month = 0 OR "BirthMonth" = @month) ORDER BY "MemberId" LIMIT @n) a {lifecycle} ORDER BY a."MemberId" """
            : $"""
               SELECT a."MemberId", l."SegmentCode" FROM (SELECT DISTINCT "MemberId" FROM segment_memberships
                   WHERE "IsMember" AND "SegmentCode" = ANY(@targets) AND "MemberId" > @after
                     AND (@month = 0 OR EXISTS (SELECT 1 FROM members m WHERE m."MemberId" = segment_memberships."MemberId" AND m."BirthMonth" = @month)) ORDER BY "MemberId" LIMIT @n) a {lifecycle} ORDER BY a."MemberId"
               """;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("n", size);
        command.Parameters.AddWithValue("month", birthMonth);
        command.Parameters.AddWithValue("lifecycle", BudgetSplit.LifecycleCodes);
        command.Parameters.AddWithValue("targets", campaign.TargetSegments.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var batch = new List<Recipient>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add(new Recipient(reader.GetGuid(0), BudgetSplit.ShareKeyFor(reader.IsDBNull(1) ? null : reader.GetString(1))));
        }

        return batch;
    }
}
