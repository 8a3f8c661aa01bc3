namespace Loyalty.Messaging.Bench;

/// <summary>What the benchmark's consumer writes per event: one row, as a real handler would.</summary>
public sealed class GrantRecord
{
    public long Id { get; set; }

    public Guid RequestId { get; set; }

    public long Points { get; set; }
}
