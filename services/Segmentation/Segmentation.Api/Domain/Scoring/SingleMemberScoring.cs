using Loyalty.Segmentation.Engine.Rfm;

namespace Loyalty.Segmentation.Api.Domain.Scoring;

/// <summary>
/// Scores one member against the current base, exactly as <see cref="RfmRules.Score"/> would score that member in a
/// full run over the same base (same quintile formula, mean spend, VIP threshold and layer rules), without loading
/// the base: the counts come from <see cref="PopulationStats"/>. Used when a purchase or refund changes one member
/// between nightly runs; the other members keep their scores until the nightly run rescored everyone.
/// </summary>
public static class SingleMemberScoring
{
    /// <summary>The rank from the top of the lowest VIP spend in a base of n: ⌈n/10⌉.</summary>
    public static int VipRank(int n) => (int)Math.Ceiling(n / 10d);

    public static RfmScore Score(MemberActivity member, PopulationStats others, DateOnly today)
    {
        var n = others.Others + 1;
        var recency = Math.Max(0, today.DayNumber - member.LastPurchase.DayNumber);
        var (r, f, m) = RfmRules.UsesFixedScores(n)
            ? RfmRules.FixedScores(recency, member.Purchases, member.Spend)
            : (Quintile(others.WorseRecency, n), Quintile(others.FewerPurchases, n), Quintile(others.LowerSpend, n));
        var mean = (others.OthersSpend + member.Spend) / n;
        var isVip = member.Spend >= VipThreshold(member.Spend, VipRank(n), others.TopSpends) && member.Purchases >= 2;
        return new RfmScore(
            member.MemberId,
            recency,
            member.Purchases,
            member.Spend,
            r,
            f,
            m,
            RfmRules.GroupOf(r, f),
            RfmRules.LayerOf(recency, member.Purchases, member.Spend, mean),
            isVip,
            member.Purchases >= 2 && recency > RfmRules.ActiveMaxDays && recency <= RfmRules.DormantAfterDays);
    }

    private static int Quintile(int lower, int n) => 1 + (int)(5L * lower / n);

    /// <summary>
    /// The k-th largest spend of the base = the others' spends and this member's; <paramref name="top"/> holds the
    /// others' (k−1)-th and k-th largest.
    /// </summary>
    private static decimal VipThreshold(decimal own, int k, IReadOnlyList<decimal> top)
    {
        if (k == 1)
        {
            return top.Count == 0 ? own : Math.Max(own, top[0]);
        }

        var (kMinus1, kth) = (top[0], top.Count > 1 ? top[1] : decimal.MinValue);
        return own >= kMinus1 ? kMinus1 : Math.Max(own, kth);
    }
}
