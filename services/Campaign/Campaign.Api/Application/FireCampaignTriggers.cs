using System.Globalization;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>Fires the live campaigns an event about one member triggers, inside the consumer's transaction.</summary>
public sealed class FireCampaignTriggers(CampaignDbContext db, CampaignExecutor executor, TimeProvider timeProvider)
{
    /// <summary>
    /// The points-expiring reminder: once per member and expiry date, with the points and the date to show.
    /// </summary>
    public Task<ExecutionResult> PointsExpiringSoonAsync(
        PointsExpiringSoon expiring, CancellationToken cancellationToken)
    {
        var expiryDate = ClinicTime.DateOf(expiring.ExpiresAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var variables = new Dictionary<string, string>
        {
            ["points"] = expiring.Points.ToString(CultureInfo.InvariantCulture),
            ["expiryDate"] = expiryDate,
        };
        return FireAsync(
            CampaignTrigger.PointsExpiringSoon, null, expiring.MemberId, "expiring:" + expiryDate, variables,
            cancellationToken);
    }

    public async Task<ExecutionResult> FireAsync(
        CampaignTrigger trigger, string? segmentCode, Guid memberId, string runKey,
        IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken,
        DateTimeOffset? eventAt = null)
    {
        var now = timeProvider.GetUtcNow();
        var campaigns = (await db.Campaigns.AsNoTracking()
                .Where(c => c.Status == CampaignStatus.Active && c.Trigger == trigger
                            && (segmentCode == null || c.TriggerSegment == segmentCode))
                .OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Where(c => c.IsLiveAt(now)).ToList();
        if (campaigns.Count == 0)
        {
            return ExecutionResult.None;
        }

        var share = BudgetSplit.ShareKeyFor(segmentCode is not null && BudgetSplit.LifecycleCodes.Contains(segmentCode)
            ? segmentCode
            : await db.Segments.AsNoTracking()
                .Where(s => s.MemberId == memberId && s.IsMember && BudgetSplit.LifecycleCodes.Contains(s.SegmentCode))
                .OrderByDescending(s => s.ChangedAt).Select(s => s.SegmentCode).FirstOrDefaultAsync(cancellationToken));
        var total = ExecutionResult.None;
        foreach (var campaign in campaigns)
        {
            var template = await executor.CouponTemplateOfAsync(campaign, cancellationToken);
            total += await executor.ExecuteAsync(
                campaign, template, runKey, [new Recipient(memberId, share)], variables, cancellationToken, eventAt);
        }

        return total;
    }
}
