using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("keeps the points balance for rule segments")]
public sealed class PointsEarnedConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<PointsEarnedConsumer> logger)
    : IdempotentConsumer<PointsEarned, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsEarned earned, CancellationToken cancellationToken) =>
        recompute.ChangeAsync(
            earned.MemberId,
            m => m.ObserveBalance(earned.BalanceAfter, earned.OccurredAt, isEarning: true),
            cancellationToken);
}
