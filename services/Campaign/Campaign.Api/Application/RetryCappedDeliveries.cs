using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
public sealed class RetryCappedDeliveries(
    CampaignDbContext db, CampaignExecutor executor, TimeProvider timeProvider, IOptions<CampaignOptions> options)
{
    public async Task<ExecutionResult> RetryDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var campaigns = (await db.Campaigns.AsNoTracking()
                .Where(c => c.Status == CampaignStatus.Active
                            && (c.Trigger == CampaignTrigger.Schedule || c.Trigger == CampaignTrigger.SegmentEntered))
                .OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Where(c => c.IsLiveAt(now) && (c.Trigger == CampaignTrigger.SegmentEntered || c.LastRunKey is not null))
            .ToList();
        var total = ExecutionResult.None;
        foreach (var campaign in campaigns)
        {
            var template = await executor.CouponTemplateOfAsync(campaign, cancellationToken);
            var after = Guid.Empty;
            var done = false;
            while (!done)
            {
                total += await db.RunAsync(
                    async ct =>
                    {
                        var due = await DueAsync(campaign, after, now, ct);
                        done = due.Count == 0;
                        after = done ? after : due[^1].MemberId;
                        var retried = ExecutionResult.None;
                        foreach (var run in due.GroupBy(d => d.RunKey, StringComparer.Ordinal))
                        {
                            var recipients = run.Select(
                                d => new Recipient(d.MemberId, BudgetSplit.ShareKeyFor(d.ShareKey)));
                            retried += await executor.ExecuteAsync(
                                campaign, template, run.Key, recipients.ToList(), new Dictionary<string, string>(), ct,
                                retryCapped: true);
                        }

                        return retried;
                    },
                    cancellationToken);
            }
        }

        return total;
    }

    /// <summary>
    /// The campaign's capped deliveries due for a retry, one per member (her latest), in member order.
    /// </summary>
    private Task<List<CappedDeliveryRow>> DueAsync(
        MarketingCampaign campaign, Guid after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var triggered = campaign.Trigger == CampaignTrigger.SegmentEntered;
        return AudienceSql.CappedDeliveriesDue.Rows<CappedDeliveryRow>(
                db,
                campaign.Id,
                after,
                CampaignDelivery.CappedRetriedIfRefusedAfter(now, options.Value.CappedRetryFor),
                SqlValues.Text(triggered ? null : campaign.LastRunKey!),
                FrequencyWindow.ReachableIfLastReachedBy(now, options.Value.FrequencyWindow),
                !triggered && campaign.AllMembers,
                triggered ? [campaign.TriggerSegment ?? ""] : campaign.TargetSegments.ToArray(),
                options.Value.BatchSize)
            .ToListAsync(cancellationToken);
    }
}
