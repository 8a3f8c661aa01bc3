using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("keeps the member's home store, where her follow-ups go")]
public sealed class MemberRegisteredConsumer(
    FeedbackDbContext db, KeepMember members, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken) =>
        members.RegisteredAsync(registered, cancellationToken);
}
