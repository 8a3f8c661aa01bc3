using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain.Tiers;

/// <summary>One line of a member's tier history.</summary>
public sealed class TierChange
{
    private TierChange()
    {
    }

    public long Id { get; private set; }

    public Guid MemberId { get; private set; }

    public Tier FromTier { get; private set; }

    public Tier ToTier { get; private set; }

    /// <summary>Machine-readable: "spend-threshold", "anniversary-review", "admin".</summary>
    public string Reason { get; private set; } = "";

    public decimal RollingSpend { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static TierChange Record(
        Guid memberId, Tier fromTier, Tier toTier, string reason, decimal rollingSpend, DateTimeOffset changedAt) =>
        new()
        {
            MemberId = memberId,
            FromTier = fromTier,
            ToTier = toTier,
            Reason = reason,
            RollingSpend = rollingSpend,
            ChangedAt = changedAt,
        };
}
