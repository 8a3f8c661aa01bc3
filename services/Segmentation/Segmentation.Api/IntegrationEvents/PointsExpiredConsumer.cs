using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("keeps the points balance for rule segments")]
public sealed class PointsExpiredConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<PointsExpiredConsumer> logger)
    : IdempotentConsumer<PointsExpired, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsExpired expired, CancellationToken cancellationToken) =>
        recompute.ChangeAsync(
            expired.MemberId,
            m => m.ObserveBalance(expired.BalanceAfter, expired.OccurredAt, isEarning: false),
            cancellationToken);
}
