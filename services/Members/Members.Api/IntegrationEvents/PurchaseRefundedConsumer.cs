using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.IntegrationEvents;

/// <summary>Refunds count against rolling spend. They never downgrade at once: that waits for the anniversary review.</summary>
public sealed class PurchaseRefundedConsumer(MembersDbContext db, TimeProvider timeProvider, ILogger<PurchaseRefundedConsumer> logger)
    : IdempotentConsumer<PurchaseRefunded, MembersDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRefunded refund, CancellationToken cancellationToken)
    {
        var purchase = await DbContext.Purchases.FirstOrDefaultAsync(p => p.PurchaseId == refund.PurchaseId, cancellationToken);
        if (purchase is not null)
        {
            purchase.RefundedAmount = Math.Min(purchase.Amount, purchase.RefundedAmount + refund.RefundAmount);
        }
    }
}
