using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("keeps the member's consent per channel and purpose, checked before every message")]
public sealed class MemberConsentChangedConsumer(
    NotificationDbContext db,
    KeepConsent consents,
    TimeProvider timeProvider,
    ILogger<MemberConsentChangedConsumer> logger)
    : IdempotentConsumer<MemberConsentChanged, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberConsentChanged changed, CancellationToken cancellationToken) =>
        consents.HandleAsync(changed, cancellationToken);
}
