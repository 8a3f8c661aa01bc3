using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Microsoft.Extensions.Logging;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>Records one Delivery row, with the discount, per handled
/// CouponRedeemed: a consumer of a money event.</summary>
public sealed class CouponRedeemedRecordingConsumer(
    TestDbContext db,
    TimeProvider timeProvider,
    ILogger<CouponRedeemedRecordingConsumer> logger)
    : IdempotentConsumer<CouponRedeemed, TestDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(CouponRedeemed integrationEvent, CancellationToken cancellationToken)
    {
        DbContext.Deliveries.Add(new Delivery { EventId = integrationEvent.EventId, Consumer = ConsumerName,
            Amount = integrationEvent.DiscountAmount });
        return Task.CompletedTask;
    }
}
