using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("queues the requested message: dedupe, consent, template, quiet hours (caps when it is sent)")]
public sealed class NotificationRequestedConsumer(
    NotificationDbContext db,
    QueueNotification queue,
    TimeProvider timeProvider,
    ILogger<NotificationRequestedConsumer> logger)
    : IdempotentConsumer<NotificationRequested, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(NotificationRequested request, CancellationToken cancellationToken) =>
        queue.HandleAsync(request, cancellationToken);
}
