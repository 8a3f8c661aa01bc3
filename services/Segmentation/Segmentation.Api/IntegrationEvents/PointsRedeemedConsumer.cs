using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("keeps the points balance for rule segments")]
public sealed class PointsRedeemedConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<PointsRedeemedConsumer> logger)
    : IdempotentConsumer<PointsRedeemed, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsRedeemed redeemed, CancellationToken cancellationToken) =>
        recompute.ChangeAsync(
            redeemed.MemberId,
            m => m.ObserveBalance(redeemed.BalanceAfter, redeemed.OccurredAt, isEarning: false),
            cancellationToken);
}
