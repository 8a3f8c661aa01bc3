using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Segmentation;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Keeps the member's segment membership.</summary>
public sealed class SegmentLeftConsumer(CampaignDbContext db, TimeProvider timeProvider, ILogger<SegmentLeftConsumer> logger)
    : IdempotentConsumer<SegmentLeft, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SegmentLeft left, CancellationToken cancellationToken) =>
        SegmentMemberships.ApplyAsync(DbContext, left.MemberId, left.SegmentCode, false, left.OccurredAt, cancellationToken);
}
