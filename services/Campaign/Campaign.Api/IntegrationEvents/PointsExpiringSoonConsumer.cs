using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Fires the campaigns triggered by points expiring soon (the reminder journey), once per member and expiry date.
/// </summary>
[Description("fires the points-expiring reminder campaigns, once per member and expiry date")]
public sealed class PointsExpiringSoonConsumer(
    CampaignDbContext db, FireCampaignTriggers triggers, TimeProvider timeProvider,
    ILogger<PointsExpiringSoonConsumer> logger)
    : IdempotentConsumer<PointsExpiringSoon, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsExpiringSoon expiring, CancellationToken cancellationToken) =>
        triggers.PointsExpiringSoonAsync(expiring, cancellationToken);
}
