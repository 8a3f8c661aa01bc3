using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("keeps the member's tier and tells them of the change (transactional \"tier-changed\")")]
public sealed class MemberTierChangedConsumer(
    NotificationDbContext db,
    KeepMemberContact contacts,
    QueueNotification queue,
    IOptions<NotificationOptions> options,
    TimeProvider timeProvider,
    ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, NotificationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberTierChanged changed, CancellationToken cancellationToken)
    {
        await contacts.HandleAsync(changed, cancellationToken);
        await queue.HandleAsync(TransactionalRequests.TierChanged(
            changed, options.Value.TransactionalChannel, options.Value.DefaultLanguage), cancellationToken);
    }
}
