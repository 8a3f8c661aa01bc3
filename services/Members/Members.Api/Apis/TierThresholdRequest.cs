using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Tiers;
using Loyalty.ServiceDefaults;

namespace Loyalty.Members.Api.Apis;

/// <summary>The rolling 12-month spend from which a tier applies; the list gives every tier once.</summary>
/// <param name="Tier">Standard, Silver, Gold or Diamond.</param>
/// <param name="MinRollingSpend">CNY spent over the last 12 months from which the tier applies (Standard at 0).</param>
public sealed record TierThresholdRequest(Tier? Tier, decimal? MinRollingSpend) : IRequestExample<TierThresholdRequest>
{
    public static TierThresholdRequest Example { get; } = new(Contracts.Tier.Silver, 5_000m);

    // The thresholds in force from the start: sending the example changes nothing a client relies on.
    public static IReadOnlyList<TierThresholdRequest> ListExample { get; } =
    [
        new(Contracts.Tier.Standard, 0m),
        Example,
        new(Contracts.Tier.Gold, 20_000m),
        new(Contracts.Tier.Diamond, 50_000m),
    ];
}

/// <summary>The rolling 12-month spend from which a tier applies.</summary>
/// <param name="Tier">Standard, Silver, Gold or Diamond.</param>
/// <param name="MinRollingSpend">CNY spent over the last 12 months from which the tier applies.</param>
public sealed record TierThresholdResponse(Tier Tier, decimal MinRollingSpend)
{
    public static TierThresholdResponse From(TierThreshold threshold) => new(threshold.Tier, threshold.MinRollingSpend);
}
