using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.IntegrationEvents;

[Description("a full refund cancels the purchase's survey invitation if it has not gone out")]
public sealed class PurchaseRefundedConsumer(
    FeedbackDbContext db,
    InviteAfterPurchase invitations,
    TimeProvider timeProvider,
    ILogger<PurchaseRefundedConsumer> logger)
    : IdempotentConsumer<PurchaseRefunded, FeedbackDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PurchaseRefunded refund, CancellationToken cancellationToken) =>
        invitations.RefundedAsync(refund, cancellationToken);
}
