using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Feedback;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("invites the member to the campaign's survey, under the invitation rules")]
public sealed class SurveyInvitationRequestedConsumer(
    FeedbackDbContext db,
    InviteOnRequest invitations,
    TimeProvider timeProvider,
    ILogger<SurveyInvitationRequestedConsumer> logger)
    : IdempotentConsumer<SurveyInvitationRequested, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(SurveyInvitationRequested request, CancellationToken cancellationToken) =>
        invitations.HandleAsync(request, cancellationToken);
}
