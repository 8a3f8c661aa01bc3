using System.Collections.Concurrent;
using System.Reflection;

namespace Loyalty.Contracts;

/// <summary>
/// Base of every integration event. EventId is the idempotency key consumers record in their inbox;
/// OccurredAt is when the change happened (from the publisher's TimeProvider, UTC offset included);
/// SchemaVersion tells partners which shape of the event they are reading: a new event gets the type's
/// <see cref="SchemaVersionAttribute"/> (1 without one), a deserialized event keeps the version it was sent with.
/// </summary>
public abstract record IntegrationEvent
{
    private static readonly ConcurrentDictionary<Type, int> CurrentVersions = new();

    protected IntegrationEvent() => SchemaVersion = CurrentSchemaVersion(GetType());

    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public required DateTimeOffset OccurredAt { get; init; }

    public int SchemaVersion { get; init; }

    /// <summary>The shape the platform publishes an event type in today.</summary>
    public static int CurrentSchemaVersion(Type eventType) => CurrentVersions.GetOrAdd(
        eventType, type => type.GetCustomAttribute<SchemaVersionAttribute>()?.Version ?? 1);
}

/// <summary>
/// The current schema version of an event type, raised when a field changes type or meaning (docs/events.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SchemaVersionAttribute(int version) : Attribute
{
    public int Version { get; } = version;
}
