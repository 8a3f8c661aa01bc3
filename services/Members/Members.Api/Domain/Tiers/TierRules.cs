using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>
/// Tier qualification on rolling 12-month spend (refunds count against it). Upgrades happen at once, to the highest
/// tier the spend reaches; downgrades only at the membership anniversary, by one level at most.
/// </summary>
public static class TierRules
{
    public static readonly TimeSpan RollingWindow = TimeSpan.FromDays(365);

    /// <summary>The highest tier whose threshold the spend reaches.</summary>
    public static Tier Qualified(decimal rollingSpend, IEnumerable<TierThreshold> thresholds) =>
        thresholds.Where(t => rollingSpend >= t.MinRollingSpend).Select(t => t.Tier).DefaultIfEmpty(Tier.Standard).Max();

    /// <summary>The tier after a purchase: higher if the spend now qualifies for more, never lower.</summary>
    public static Tier AfterPurchase(Tier current, decimal rollingSpend, IEnumerable<TierThreshold> thresholds) =>
        (Tier)Math.Max((int)current, (int)Qualified(rollingSpend, thresholds));

    /// <summary>The tier after the anniversary review: what the spend qualifies for, but at most one level below the current tier.</summary>
    public static Tier AtAnniversary(Tier current, decimal rollingSpend, IEnumerable<TierThreshold> thresholds)
    {
        var qualified = Qualified(rollingSpend, thresholds);
        return qualified >= current ? qualified : (Tier)Math.Max((int)current - 1, (int)qualified);
    }
}
