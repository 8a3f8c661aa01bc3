using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("answers with Segmentation's part of her export: RFM, segments, predictions, NPS copy")]
public sealed class MemberDataExportRequestedConsumer(
    SegmentationDbContext db,
    ExportMemberData export,
    TimeProvider timeProvider,
    ILogger<MemberDataExportRequestedConsumer> logger)
    : IdempotentConsumer<MemberDataExportRequested, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken) =>
        export.HandleAsync(request, cancellationToken);
}
