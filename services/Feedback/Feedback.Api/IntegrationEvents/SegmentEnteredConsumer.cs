using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Segmentation;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("keeps segment memberships, for an operator's survey send to a segment")]
public sealed class SegmentEnteredConsumer(
    FeedbackDbContext db,
    KeepSegmentMembership segments,
    TimeProvider timeProvider,
    ILogger<SegmentEnteredConsumer> logger)
    : IdempotentConsumer<SegmentEntered, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SegmentEntered entered, CancellationToken cancellationToken) =>
        segments.HandleAsync(entered.MemberId, entered.SegmentCode, true, entered.OccurredAt, cancellationToken);
}
