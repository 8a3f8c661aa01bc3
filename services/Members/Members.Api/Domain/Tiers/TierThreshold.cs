using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain.Tiers;

/// <summary>
/// The rolling 12-month spend (CNY) from which a tier applies. Data an admin can change; Standard is 0.
/// </summary>
public sealed class TierThreshold
{
    private TierThreshold()
    {
    }

    public Tier Tier { get; private set; }

    public decimal MinRollingSpend { get; private set; }

    public static TierThreshold At(Tier tier, decimal minRollingSpend) =>
        new() { Tier = tier, MinRollingSpend = minRollingSpend };

    /// <summary>
    /// An admin moves the threshold (checked with the whole set by <see cref="TierRules.ValidateThresholds"/>).
    /// </summary>
    public void MoveTo(decimal minRollingSpend) => MinRollingSpend = minRollingSpend;
}
