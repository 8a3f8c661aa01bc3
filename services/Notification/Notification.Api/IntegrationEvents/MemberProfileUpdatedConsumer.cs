using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("follows the member's name, phone and home store for messages")]
public sealed class MemberProfileUpdatedConsumer(
    NotificationDbContext db,
    KeepMemberContact contacts,
    TimeProvider timeProvider,
    ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken) =>
        contacts.HandleAsync(updated, cancellationToken);
}
