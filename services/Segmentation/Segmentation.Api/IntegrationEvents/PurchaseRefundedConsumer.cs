using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

/// <summary>
/// Refunds net out of spend (a fully refunded purchase no longer counts) and rescore the member. A refund that
/// overtakes its purchase throws, so the retry policy redelivers it once the purchase is here.
/// </summary>
public sealed class PurchaseRefundedConsumer(SegmentationDbContext db, MemberRecompute recompute, TimeProvider timeProvider, ILogger<PurchaseRefundedConsumer> logger)
    : IdempotentConsumer<PurchaseRefunded, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRefunded integrationEvent, CancellationToken cancellationToken)
    {
        var member = await recompute.LockMemberAsync(integrationEvent.MemberId, cancellationToken);
        var purchase = await DbContext.Purchases.FirstOrDefaultAsync(p => p.PurchaseId == integrationEvent.PurchaseId, cancellationToken)
            ?? throw new InvalidOperationException($"Refund of purchase {integrationEvent.PurchaseId} arrived before the purchase; it will be redelivered.");
        purchase.RefundedAmount = Math.Min(purchase.Amount, purchase.RefundedAmount + integrationEvent.RefundAmount);
        await recompute.RescoreAsync(member, cancellationToken);
    }
}
