using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("keeps the purchase for RFM and the models, and rescores the member at once")]
public sealed class PurchaseRecordedConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PurchaseRecorded recorded, CancellationToken cancellationToken) =>
        recompute.RecordPurchaseAsync(recorded, cancellationToken);
}
