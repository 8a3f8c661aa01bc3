using Loyalty.BuildingBlocks.Messaging;
using Microsoft.Extensions.Logging;
using Loyalty.Contracts.Campaign;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>Records one Delivery row per handled PointsGrantRequested.</summary>
public sealed class RecordingConsumer(TestDbContext db, TimeProvider timeProvider, ILogger<RecordingConsumer> logger)
    : IdempotentConsumer<PointsGrantRequested, TestDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsGrantRequested integrationEvent, CancellationToken cancellationToken)
    {
        DbContext.Deliveries.Add(new Delivery { EventId = integrationEvent.EventId, Consumer = ConsumerName });
        return Task.CompletedTask;
    }
}
