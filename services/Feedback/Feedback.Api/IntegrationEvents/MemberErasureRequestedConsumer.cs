using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("clears her free text and notes, cancels open invitations, keeps the scores, and answers MemberErased")]
public sealed class MemberErasureRequestedConsumer(
    FeedbackDbContext db,
    EraseMember eraseMember,
    TimeProvider timeProvider,
    ILogger<MemberErasureRequestedConsumer> logger)
    : IdempotentConsumer<MemberErasureRequested, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken) =>
        eraseMember.HandleAsync(request, cancellationToken);
}
