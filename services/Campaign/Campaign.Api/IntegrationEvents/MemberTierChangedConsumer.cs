using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Records tier changes for the tier upgrade rate and fires the TierUpgraded campaigns on an upgrade (once per member
/// and tier reached).
/// </summary>
[Description("keeps tier changes for the upgrade rate; an upgrade fires tier-upgrade campaigns")]
public sealed class MemberTierChangedConsumer(
    CampaignDbContext db, FollowMember members, TimeProvider timeProvider, ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberTierChanged changed, CancellationToken cancellationToken) =>
        members.TierChangedAsync(changed, cancellationToken);
}
