using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Domain;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Keeps a copy of each purchase for the KPIs (repurchase, AOV, revenue).</summary>
public sealed class PurchaseRecordedConsumer(CampaignDbContext db, TimeProvider timeProvider, ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRecorded purchase, CancellationToken cancellationToken)
    {
        if (!await DbContext.Purchases.AnyAsync(p => p.PurchaseId == purchase.PurchaseId, cancellationToken))
        {
            DbContext.Purchases.Add(new MemberPurchase { PurchaseId = purchase.PurchaseId, MemberId = purchase.MemberId, Amount = purchase.Amount, PaidAt = purchase.PaidAt.ToUniversalTime() });
        }
    }
}
