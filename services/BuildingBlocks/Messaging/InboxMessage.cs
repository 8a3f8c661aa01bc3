namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Records that a consumer handled an event. Written in the same transaction as the handler's effects,
/// so a redelivered event (same EventId) is recognised and changes nothing.
/// </summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Consumer { get; init; }

    public required string EventType { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
