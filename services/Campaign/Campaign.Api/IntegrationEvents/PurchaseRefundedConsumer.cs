using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Takes a refund off the purchase's revenue; a refund that overtakes its purchase is retried until the purchase is known.</summary>
public sealed class PurchaseRefundedConsumer(CampaignDbContext db, TimeProvider timeProvider, ILogger<PurchaseRefundedConsumer> logger)
    : IdempotentConsumer<PurchaseRefunded, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRefunded refund, CancellationToken cancellationToken)
    {
        if (!await DbContext.Purchases.AddRefundAsync(refund.PurchaseId, refund.RefundAmount, cancellationToken))
        {
            throw new InvalidOperationException($"Purchase {refund.PurchaseId} is not known yet; the refund will be redelivered.");
        }
    }
}
