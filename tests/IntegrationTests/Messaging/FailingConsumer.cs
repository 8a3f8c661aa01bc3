using System.Collections.Concurrent;
using Loyalty.BuildingBlocks.Messaging;
using Microsoft.Extensions.Logging;
using Loyalty.Contracts.Members;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>Writes an effect, then fails: nothing it wrote may
/// survive, and the message must end in the error queue.</summary>
public sealed class FailingConsumer(TestDbContext db, TimeProvider timeProvider, ILogger<FailingConsumer> logger)
    : IdempotentConsumer<ReferralQualified, TestDbContext>(db, timeProvider, logger)
{
    public static ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    protected override async Task HandleAsync(ReferralQualified integrationEvent, CancellationToken cancellationToken)
    {
        Attempts.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
        DbContext.Deliveries.Add(new Delivery { EventId = integrationEvent.EventId, Consumer = ConsumerName });
        await DbContext.SaveChangesAsync(cancellationToken); // written inside the consumer's transaction...
        throw new InvalidOperationException("handler failed"); // ...and rolled back with it
    }
}
