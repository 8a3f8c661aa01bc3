using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.IntegrationEvents;

[Description("tells the member their points expired (transactional \"points-expired\", once per ledger entry)")]
public sealed class PointsExpiredConsumer(
    NotificationDbContext db,
    QueueNotification queue,
    IOptions<NotificationOptions> options,
    TimeProvider timeProvider,
    ILogger<PointsExpiredConsumer> logger)
    : IdempotentConsumer<PointsExpired, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsExpired expired, CancellationToken cancellationToken) =>
        queue.HandleAsync(
            TransactionalRequests.PointsExpired(expired, options.Value.TransactionalChannel), cancellationToken);
}
