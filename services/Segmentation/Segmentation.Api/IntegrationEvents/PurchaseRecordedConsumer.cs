using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Domain;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

/// <summary>Keeps the purchase (clinic day, amount) and rescores the member at once.</summary>
public sealed class PurchaseRecordedConsumer(SegmentationDbContext db, MemberRecompute recompute, TimeProvider timeProvider, ILogger<PurchaseRecordedConsumer> logger)
    : IdempotentConsumer<PurchaseRecorded, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PurchaseRecorded integrationEvent, CancellationToken cancellationToken)
    {
        var member = await recompute.LockMemberAsync(integrationEvent.MemberId, cancellationToken);
        if (await DbContext.Purchases.AnyAsync(p => p.PurchaseId == integrationEvent.PurchaseId, cancellationToken))
        {
            return;
        }

        DbContext.Purchases.Add(new MemberPurchase
        {
            PurchaseId = integrationEvent.PurchaseId,
            MemberId = member.Id,
            PaidAt = integrationEvent.PaidAt.ToUniversalTime(),
            PaidOn = ClinicTime.DateOf(integrationEvent.PaidAt),
            Amount = integrationEvent.Amount,
        });
        await recompute.RescoreAsync(member, cancellationToken);
    }
}
