using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// A member the frequency window kept from a segment campaign on a busy day has not had it: her delivery waits and is
/// retried on a later scheduler pass, once no campaign has reached her within the window, under the same run key
/// (so she gets it once at most). Retried while the campaign is live, for at most Campaigns:CappedRetryFor after the
/// refusal, while the run is still the campaign's current one (a scheduled campaign's latest occurrence; for
/// SegmentEntered her latest delivery) and while she is still in the audience (a target segment, the trigger segment,
/// or a known member for all-member campaigns). Moments that have passed (first purchase, tier upgrade, points
/// expiring) are not retried. Budget and per-member limits apply again.
/// </summary>
public sealed class RetryCappedDeliveries(CampaignDbContext db, CampaignExecutor executor, TimeProvider timeProvider, IOptions<CampaignOptions> options)
{
    public async Task<ExecutionResult> RetryDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var campaigns = (await db.Campaigns.AsNoTracking()
                .Where(c => c.Status == CampaignStatus.Active && (c.Trigger == CampaignTrigger.Schedule || c.Trigger == CampaignTrigger.SegmentEntered))
                .OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Where(c => c.IsLiveAt(now) && (c.Trigger == CampaignTrigger.SegmentEntered || c.LastRunKey is not null)).ToList();
        var total = ExecutionResult.None;
        foreach (var campaign in campaigns)
        {
            var template = campaign.CouponTemplateId is { } id ? await db.CouponTemplates.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken) : null;
            var after = Guid.Empty;
            while (true)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var due = await DueAsync(campaign, after, now, cancellationToken);
                if (due.Count == 0)
                {
                    break;
                }

                foreach (var run in due.GroupBy(d => d.RunKey, StringComparer.Ordinal))
                {
                    total += await executor.ExecuteAsync(
                        campaign, template, run.Key, run.Select(d => d.Recipient).ToList(), new Dictionary<string, string>(), cancellationToken, retryCapped: true);
                }

                await transaction.CommitAsync(cancellationToken);
                after = due[^1].Recipient.MemberId;
            }
        }

        return total;
    }

    /// <summary>The campaign's capped deliveries due for a retry, one per member (her latest), in member order.</summary>
    private async Task<List<(string RunKey, Recipient Recipient)>> DueAsync(MarketingCampaign campaign, Guid after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(
            """
            SELECT d."MemberId", d."RunKey", d."ShareKey" FROM campaign_deliveries d
            WHERE d."CampaignId" = @c AND d."Outcome" = 'FrequencyCapped' AND d."MemberId" > @after AND d."At" > @since
              AND (@run::text IS NULL OR d."RunKey" = @run)
              AND NOT EXISTS (SELECT 1 FROM campaign_deliveries later
                              WHERE later."CampaignId" = d."CampaignId" AND later."MemberId" = d."MemberId" AND later."At" > d."At")
              AND NOT EXISTS (SELECT 1 FROM member_contacts mc WHERE mc."MemberId" = d."MemberId" AND mc."LastTargetedAt" > @cutoff)
              AND CASE WHEN @all THEN EXISTS (SELECT 1 FROM members m WHERE m."MemberId" = d."MemberId")
                       ELSE EXISTS (SELECT 1 FROM segment_memberships s
                                    WHERE s."MemberId" = d."MemberId" AND s."IsMember" AND s."SegmentCode" = ANY(@segments)) END
            ORDER BY d."MemberId" LIMIT @n
            """,
            connection);
        var triggered = campaign.Trigger == CampaignTrigger.SegmentEntered;
        command.Parameters.AddWithValue("c", campaign.Id);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("since", now - options.Value.CappedRetryFor);
        command.Parameters.Add(new NpgsqlParameter("run", NpgsqlTypes.NpgsqlDbType.Text) { Value = triggered ? DBNull.Value : campaign.LastRunKey! });
        command.Parameters.AddWithValue("cutoff", now - options.Value.FrequencyWindow);
        command.Parameters.AddWithValue("all", !triggered && campaign.AllMembers);
        command.Parameters.AddWithValue("segments", triggered ? [campaign.TriggerSegment ?? ""] : campaign.TargetSegments.ToArray());
        command.Parameters.AddWithValue("n", options.Value.BatchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<(string, Recipient)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add((reader.GetString(1), new Recipient(reader.GetGuid(0), BudgetSplit.ShareKeyFor(reader.IsDBNull(2) ? null : reader.GetString(2)))));
        }

        return due;
    }
}
