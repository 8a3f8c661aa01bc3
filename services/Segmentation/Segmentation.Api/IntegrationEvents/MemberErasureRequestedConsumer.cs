using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("clears her profile copy and takes her out of every segment (SegmentLeft), for good")]
public sealed class MemberErasureRequestedConsumer(
    SegmentationDbContext db,
    EraseMember erase,
    TimeProvider timeProvider,
    ILogger<MemberErasureRequestedConsumer> logger)
    : IdempotentConsumer<MemberErasureRequested, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken) =>
        erase.HandleAsync(request, cancellationToken);
}
