using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("deletes her contact copy, cancels her pending messages and clears every message's content")]
public sealed class MemberErasureRequestedConsumer(
    NotificationDbContext db,
    EraseMember erase,
    TimeProvider timeProvider,
    ILogger<MemberErasureRequestedConsumer> logger)
    : IdempotentConsumer<MemberErasureRequested, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken) =>
        erase.HandleAsync(request, cancellationToken);
}
