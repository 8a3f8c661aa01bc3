using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Services;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

/// <summary>The points balance for rule segments (BalanceAfter of the latest points event).</summary>
public sealed class PointsRedeemedConsumer(SegmentationDbContext db, MemberRecompute recompute, TimeProvider timeProvider, ILogger<PointsRedeemedConsumer> logger)
    : IdempotentConsumer<PointsRedeemed, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PointsRedeemed integrationEvent, CancellationToken cancellationToken)
    {
        var member = await recompute.LockMemberAsync(integrationEvent.MemberId, cancellationToken);
        member.ObserveBalance(integrationEvent.BalanceAfter, integrationEvent.OccurredAt, isEarning: false);
        await recompute.SyncMembershipsAsync(member, cancellationToken);
    }
}
