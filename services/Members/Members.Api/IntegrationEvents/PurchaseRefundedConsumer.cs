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
        if (!await DbContext.Purchases.AddRefundAsync(refund.PurchaseId, refund.RefundAmount, cancellationToken))
        {
            // Each event type has its own queue, so a refund can overtake its purchase: have it redelivered until the
            // purchase is here, unless Members does not know the member at all (the purchase was impossible too).
            if (!await DbContext.Members.AnyAsync(m => m.Id == refund.MemberId, cancellationToken))
            {
                throw Impossible(refund, "memberId is not a member");
            }

            throw new InvalidOperationException($"Refund of purchase {refund.PurchaseId} arrived before the purchase; it will be redelivered.");
        }
    }
}
