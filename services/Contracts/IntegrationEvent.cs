namespace Loyalty.Contracts;

/// <summary>
/// Base of every integration event. EventId is the idempotency key consumers record in their inbox;
/// OccurredAt is when the change happened (from the publisher's TimeProvider, UTC offset included);
/// SchemaVersion tells partners which shape of the event they are reading.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public required DateTimeOffset OccurredAt { get; init; }

    public int SchemaVersion { get; init; } = 1;
}
