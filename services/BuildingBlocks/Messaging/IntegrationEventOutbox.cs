using System.Diagnostics;
using System.Text.Json;
using Loyalty.Contracts;
using Loyalty.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Messaging;

public sealed class IntegrationEventOutbox<TContext>(TContext dbContext, TimeProvider timeProvider) : IIntegrationEventOutbox
    where TContext : DbContext
{
    public void Add(IntegrationEvent integrationEvent)
    {
        var eventType = integrationEvent.GetType();
        var activity = Activity.Current;
        dbContext.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            EventType = IntegrationEventTypes.NameOf(eventType),
            Payload = JsonSerializer.Serialize(integrationEvent, eventType, IntegrationEventJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
            CreatedAt = timeProvider.GetUtcNow(),
            TraceParent = activity?.Id,
            CorrelationId = activity?.GetBaggageItem(CorrelationIds.BaggageKey),
        });
    }
}
