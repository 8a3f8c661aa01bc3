using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("nets the refund out of the member's spend and rescores them at once")]
public sealed class PurchaseRefundedConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<PurchaseRefundedConsumer> logger)
    : IdempotentConsumer<PurchaseRefunded, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PurchaseRefunded refunded, CancellationToken cancellationToken) =>
        recompute.RecordRefundAsync(refunded, cancellationToken);
}
