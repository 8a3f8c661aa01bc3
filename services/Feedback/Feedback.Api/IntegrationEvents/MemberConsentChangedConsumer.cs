using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("keeps the member's consent per channel and purpose: invitations need the channel's Feedback consent")]
public sealed class MemberConsentChangedConsumer(
    FeedbackDbContext db,
    KeepConsent consents,
    TimeProvider timeProvider,
    ILogger<MemberConsentChangedConsumer> logger)
    : IdempotentConsumer<MemberConsentChanged, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberConsentChanged changed, CancellationToken cancellationToken) =>
        consents.HandleAsync(changed, cancellationToken);
}
