using System.Diagnostics;
using System.Text.Json;
using Loyalty.Contracts;
using Loyalty.ServiceDefaults;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// An integration event saved in the same transaction as the state change that caused it.
/// The dispatcher publishes it later and stamps PublishedAt; until then it survives broker outages and crashes.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>Insertion order; the dispatcher publishes in this order.</summary>
    public long Sequence { get; init; }

    /// <summary>Contract type name, e.g. "Loyalty.Contracts.Members.MemberRegistered".</summary>
    public required string EventType { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>W3C traceparent of the request that wrote it, so the trace continues through the broker.</summary>
    public string? TraceParent { get; init; }

    public string? CorrelationId { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The outbox row for an event, carrying the current trace and correlation id.</summary>
    public static OutboxMessage For(IntegrationEvent integrationEvent, DateTimeOffset now)
    {
        var eventType = integrationEvent.GetType();
        var activity = Activity.Current;
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            EventType = IntegrationEventTypes.NameOf(eventType),
            Payload = JsonSerializer.Serialize(integrationEvent, eventType, IntegrationEventJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
            CreatedAt = now,
            TraceParent = activity?.Id,
            CorrelationId = activity?.GetBaggageItem(CorrelationIds.BaggageKey),
        };
    }
}
