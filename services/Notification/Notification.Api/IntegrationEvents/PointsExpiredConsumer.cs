using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Contracts.Points;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Services;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.IntegrationEvents;

/// <summary>Tells the member their points expired: transactional "points-expired", once per ledger entry.</summary>
public sealed class PointsExpiredConsumer(
    NotificationDbContext db, NotificationIntake intake, IOptions<NotificationOptions> options, TimeProvider timeProvider, ILogger<PointsExpiredConsumer> logger)
    : IdempotentConsumer<PointsExpired, NotificationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsExpired expired, CancellationToken cancellationToken) =>
        intake.AcceptAsync(RequestFor(expired, options.Value.TransactionalChannel), cancellationToken);

    /// <summary>The request this event stands for: the dedupe key is the ledger entry, so a republished event never sends twice.</summary>
    public static NotificationRequested RequestFor(PointsExpired expired, Channel channel) =>
        new NotificationRequested(
            expired.EventId,
            expired.MemberId,
            channel,
            ConsentPurpose.Transactional,
            "points-expired",
            new Dictionary<string, string> { ["points"] = expired.Points.ToString(CultureInfo.InvariantCulture) },
            $"points-expired:{expired.LedgerEntryId}",
            null) { OccurredAt = expired.OccurredAt };
}
