using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>One line of a member's tier history.</summary>
public sealed class TierChange
{
    public long Id { get; init; }

    public Guid MemberId { get; init; }

    public Tier FromTier { get; init; }

    public Tier ToTier { get; init; }

    /// <summary>Machine-readable: "spend-threshold", "anniversary-review", "admin".</summary>
    public required string Reason { get; init; }

    public decimal RollingSpend { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
