using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Services;

namespace Loyalty.Notification.Api.IntegrationEvents;

/// <summary>Takes in a message other services ask for (campaigns, coupons, points warnings).</summary>
public sealed class NotificationRequestedConsumer(NotificationDbContext db, NotificationIntake intake, TimeProvider timeProvider, ILogger<NotificationRequestedConsumer> logger)
    : IdempotentConsumer<NotificationRequested, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(NotificationRequested request, CancellationToken cancellationToken) =>
        intake.AcceptAsync(request, cancellationToken);
}
