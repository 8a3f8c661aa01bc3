using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Records tier changes for the tier upgrade rate and fires the TierUpgraded campaigns on an upgrade (once per member and tier reached).</summary>
public sealed class MemberTierChangedConsumer(CampaignDbContext db, FireCampaignTriggers triggers, TimeProvider timeProvider, ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberTierChanged changed, CancellationToken cancellationToken)
    {
        var upgrade = changed.ToTier > changed.FromTier;
        DbContext.TierChanges.Add(new TierChange { EventId = changed.EventId, MemberId = changed.MemberId, Upgrade = upgrade, At = changed.OccurredAt.ToUniversalTime() });
        if (upgrade)
        {
            var variables = new Dictionary<string, string> { ["tier"] = changed.ToTier.ToString() };
            await triggers.FireAsync(CampaignTrigger.TierUpgraded, null, changed.MemberId, "tier-upgrade:" + changed.ToTier, variables, cancellationToken, changed.OccurredAt);
        }
    }
}
