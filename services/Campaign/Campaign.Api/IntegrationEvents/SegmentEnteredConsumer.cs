using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Segmentation;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Keeps the member's segment membership and fires the campaigns triggered by entering the segment (e.g. the dormant
/// wake-up). The run key is the clinic date of the entry, so the same entry heard twice (even as a new event) acts
/// once.
/// </summary>
[Description("keeps the member's segment membership and fires segment-entered campaigns (e.g. the dormant wake-up)")]
public sealed class SegmentEnteredConsumer(
    CampaignDbContext db, FollowSegmentMembership segments, TimeProvider timeProvider,
    ILogger<SegmentEnteredConsumer> logger)
    : IdempotentConsumer<SegmentEntered, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SegmentEntered entered, CancellationToken cancellationToken) =>
        segments.EnteredAsync(entered, cancellationToken);
}
