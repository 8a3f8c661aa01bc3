using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>The rolling 12-month spend (CNY) from which a tier applies. Data an admin can change; Standard is 0.</summary>
public sealed class TierThreshold
{
    public Tier Tier { get; init; }

    public decimal MinRollingSpend { get; set; }
}
