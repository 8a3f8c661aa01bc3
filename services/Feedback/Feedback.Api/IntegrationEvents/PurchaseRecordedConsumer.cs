using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("a treatment purchase schedules the after-treatment survey invitation (delayDays clinic days later)")]
public sealed class PurchaseRecordedConsumer(
    FeedbackDbContext db,
    InviteAfterPurchase invitations,
    TimeProvider timeProvider,
    ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PurchaseRecorded purchase, CancellationToken cancellationToken) =>
        invitations.RecordedAsync(purchase, cancellationToken);
}
