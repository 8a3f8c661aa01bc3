using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>An admin activates (or resumes), pauses or ends a campaign; an ended one stays ended.</summary>
public sealed class ChangeCampaignStatus(CampaignDbContext db, IAuditTrail audit)
{
    public Task<ChangeCampaignStatusOutcome> HandleAsync(
        Guid campaignId, CampaignStatus status, CancellationToken cancellationToken) =>
        db.RunAsync<ChangeCampaignStatusOutcome>(
            async ct =>
            {
                var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, ct);
                if (campaign is null)
                {
                    return new ChangeCampaignStatusOutcome.NotFound();
                }

                if (!campaign.CanMoveTo(status))
                {
                    return new ChangeCampaignStatusOutcome.Ended();
                }

                campaign.MoveTo(status);
                audit.Record(campaign, ActionFor(status));
                return new ChangeCampaignStatusOutcome.Changed(campaign);
            },
            cancellationToken);

    private static string ActionFor(CampaignStatus status) => status switch
    {
        CampaignStatus.Active => AuditActions.Activated,
        CampaignStatus.Paused => AuditActions.Paused,
        CampaignStatus.Ended => AuditActions.Ended,
        _ => AuditActions.Changed,
    };
}

/// <summary>How a status change ended.</summary>
public abstract record ChangeCampaignStatusOutcome
{
    private ChangeCampaignStatusOutcome()
    {
    }

    public sealed record Changed(MarketingCampaign Campaign) : ChangeCampaignStatusOutcome;

    public sealed record NotFound : ChangeCampaignStatusOutcome;

    /// <summary>The campaign has ended; it cannot start again.</summary>
    public sealed record Ended : ChangeCampaignStatusOutcome;
}
