using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("keeps the new member's name, protected phone, home store and tier for messages")]
public sealed class MemberRegisteredConsumer(
    NotificationDbContext db,
    KeepMemberContact contacts,
    TimeProvider timeProvider,
    ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken) =>
        contacts.HandleAsync(registered, cancellationToken);
}
