using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Domain;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Services;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

/// <summary>Keeps the purchase (clinic day, amount) and rescores the member at once.</summary>
public sealed class PurchaseRecordedConsumer(SegmentationDbContext db, MemberRecompute recompute, TimeProvider timeProvider, ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRecorded integrationEvent, CancellationToken cancellationToken)
    {
        var member = await recompute.LockMemberAsync(integrationEvent.MemberId, cancellationToken);
        var purchases = await recompute.PurchasesOfAsync(member, cancellationToken);
        if (purchases.Any(p => p.PurchaseId == integrationEvent.PurchaseId))
        {
            return;
        }

        var purchase = new MemberPurchase
        {
            PurchaseId = integrationEvent.PurchaseId,
            MemberId = member.Id,
            PaidAt = integrationEvent.PaidAt.ToUniversalTime(),
            PaidOn = ClinicTime.DateOf(integrationEvent.PaidAt),
            Amount = integrationEvent.Amount,
        };
        DbContext.Purchases.Add(purchase);
        await recompute.RescoreAsync(member, [.. purchases, purchase], cancellationToken);
    }
}
