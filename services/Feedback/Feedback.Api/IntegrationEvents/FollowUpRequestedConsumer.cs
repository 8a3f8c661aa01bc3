using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Feedback;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("opens a care follow-up task at the member's home store")]
public sealed class FollowUpRequestedConsumer(
    FeedbackDbContext db,
    OpenRequestedFollowUp followUps,
    TimeProvider timeProvider,
    ILogger<FollowUpRequestedConsumer> logger)
    : IdempotentConsumer<FollowUpRequested, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(FollowUpRequested request, CancellationToken cancellationToken) =>
        followUps.HandleAsync(request, cancellationToken);
}
