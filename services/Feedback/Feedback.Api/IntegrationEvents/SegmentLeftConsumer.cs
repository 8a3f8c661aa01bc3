using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Segmentation;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("keeps segment memberships, for an operator's survey send to a segment")]
public sealed class SegmentLeftConsumer(
    FeedbackDbContext db,
    KeepSegmentMembership segments,
    TimeProvider timeProvider,
    ILogger<SegmentLeftConsumer> logger)
    : IdempotentConsumer<SegmentLeft, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SegmentLeft left, CancellationToken cancellationToken) =>
        segments.HandleAsync(left.MemberId, left.SegmentCode, false, left.OccurredAt, cancellationToken);
}
