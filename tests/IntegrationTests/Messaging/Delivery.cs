namespace Loyalty.IntegrationTests.Messaging;

/// <summary>One effect of a handler run. Deliberately not idempotent by
/// itself: only the inbox can keep it to one row per event.</summary>
public sealed class Delivery
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public required string Consumer { get; set; }

    /// <summary>The money the event carried, for consumers of money events.</summary>
    public decimal? Amount { get; set; }
}
