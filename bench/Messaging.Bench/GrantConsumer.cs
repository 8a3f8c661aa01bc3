using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Microsoft.Extensions.Logging;

namespace Loyalty.Messaging.Bench;

public sealed class GrantConsumer(BenchDbContext db, TimeProvider timeProvider, ILogger<GrantConsumer> logger)
    : IdempotentConsumer<PointsGrantRequested, BenchDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsGrantRequested integrationEvent, CancellationToken cancellationToken)
    {
        DbContext.Grants.Add(
            new GrantRecord { RequestId = integrationEvent.RequestId, Points = integrationEvent.Points });
        return Task.CompletedTask;
    }
}
