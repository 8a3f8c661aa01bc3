using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("follows the member's home store")]
public sealed class MemberProfileUpdatedConsumer(
    FeedbackDbContext db, KeepMember members, TimeProvider timeProvider, ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken) =>
        members.ProfileUpdatedAsync(updated, cancellationToken);
}
