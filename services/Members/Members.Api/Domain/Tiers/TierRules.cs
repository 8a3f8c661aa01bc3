using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain.Tiers;

/// <summary>
/// Tier qualification on rolling 12-month spend (refunds count against it). Upgrades happen at once, to the highest
/// tier the spend reaches; downgrades only at the membership anniversary, by one level at most.
/// </summary>
public static class TierRules
{
    public static readonly TimeSpan RollingWindow = TimeSpan.FromDays(365);

    /// <summary>
    /// The rolling window before <paramref name="now"/> starts after this instant: a purchase paid at or before it
    /// no longer counts. The SQL that sums rolling spend takes this value as a parameter.
    /// </summary>
    public static DateTimeOffset RollingWindowStart(DateTimeOffset now) => now - RollingWindow;

    /// <summary>
    /// Whether a purchase paid at <paramref name="paidAt"/> counts toward the rolling spend at <paramref name="now"/>.
    /// </summary>
    public static bool InRollingWindow(DateTimeOffset paidAt, DateTimeOffset now) => paidAt > RollingWindowStart(now);

    /// <summary>The highest tier whose threshold the spend reaches.</summary>
    public static Tier Qualified(decimal rollingSpend, IEnumerable<TierThreshold> thresholds) =>
        thresholds.Where(t => rollingSpend >= t.MinRollingSpend).Select(t => t.Tier)
            .DefaultIfEmpty(Tier.Standard).Max();

    /// <summary>The tier after a purchase: higher if the spend now qualifies for more, never lower.</summary>
    public static Tier AfterPurchase(Tier current, decimal rollingSpend, IEnumerable<TierThreshold> thresholds) =>
        (Tier)Math.Max((int)current, (int)Qualified(rollingSpend, thresholds));

    /// <summary>
    /// The tier after the anniversary review: what the spend qualifies for, but at most one level below the current
    /// tier.
    /// </summary>
    public static Tier AtAnniversary(Tier current, decimal rollingSpend, IEnumerable<TierThreshold> thresholds)
    {
        var qualified = Qualified(rollingSpend, thresholds);
        return qualified >= current ? qualified : (Tier)Math.Max((int)current - 1, (int)qualified);
    }

    /// <summary>
    /// A new set of thresholds as received (a tier and a spend each, either may be missing): every tier once,
    /// Standard at 0, then strictly increasing. Returns the spend per tier, or the errors by request field.
    /// </summary>
    public static (IReadOnlyDictionary<Tier, decimal>? ByTier, Dictionary<string, string[]> Errors) ValidateThresholds(
        IReadOnlyList<(Tier? Tier, decimal? MinRollingSpend)> input)
    {
        var missing = input
            .Select((t, i) =>
                (Index: i, Field: t.Tier is null ? "tier" : t.MinRollingSpend is null ? "minRollingSpend" : null))
            .FirstOrDefault(m => m.Field is not null);
        if (missing.Field is not null)
        {
            return (null, new Dictionary<string, string[]>
            {
                [$"[{missing.Index}].{missing.Field}"] = ["Each threshold gives its tier and minRollingSpend."],
            });
        }

        var byTier = input.GroupBy(t => t.Tier!.Value).ToDictionary(g => g.Key, g => g.Last().MinRollingSpend!.Value);
        var ordered = Enum.GetValues<Tier>().Select(t => byTier.GetValueOrDefault(t, -1m)).ToArray();
        if (ordered.Any(v => v < 0) || ordered[0] != 0m || ordered.Zip(ordered.Skip(1)).Any(p => p.Second <= p.First))
        {
            return (null, new Dictionary<string, string[]>
            {
                ["thresholds"] =
                [
                    "Give every tier once: Standard at 0, then Silver, Gold and Diamond at strictly increasing "
                    + "spend.",
                ],
            });
        }

        return (byTier, []);
    }
}
