using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Segmentation;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Keeps the member's segment membership.</summary>
[Description("keeps the member's segment membership")]
public sealed class SegmentLeftConsumer(
    CampaignDbContext db, FollowSegmentMembership segments, TimeProvider timeProvider,
    ILogger<SegmentLeftConsumer> logger)
    : IdempotentConsumer<SegmentLeft, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SegmentLeft left, CancellationToken cancellationToken) =>
        segments.LeftAsync(left, cancellationToken);
}
