namespace Loyalty.Segmentation.Engine.Rfm;

/// <summary>
/// RFM over a member base, as of a day on the clinic calendar.
/// <list type="bullet">
/// <item>Recency: days since the last purchase; Frequency: purchases; Monetary: spend (net of refunds).</item>
/// <item>Scores 1–5 by quintile of the base: score = 1 + ⌊5 · (members strictly worse) / n⌋, so equal values share a
/// score. Worse means longer ago for R, fewer or less for F and M.</item>
/// <item>Layers (seed 004, boundaries inclusive as written): New = R ≤ 7 days, F = 1, M &lt; mean;
/// Active = R ≤ 30, F ≥ 2, M ≥ mean; Dormant = R &gt; 60, F ≥ 1, M ≥ mean; the mean is the base's mean spend.</item>
/// <item>VIP: spend at least the lowest of the top ⌈n/10⌉ spends of the base (ties included), with F ≥ 2.</item>
/// <item>Potential churn: a repeat customer (F ≥ 2) silent for 31–60 days — past Active, not yet Dormant.</item>
/// </list>
/// </summary>
public static class RfmRules
{
    public const int NewMaxDays = 7;
    public const int ActiveMaxDays = 30;
    public const int DormantAfterDays = 60;

    public static IReadOnlyList<RfmScore> Score(IReadOnlyList<MemberActivity> members, DateOnly today)
    {
        var n = members.Count;
        if (n == 0)
        {
            return [];
        }

        var recency = members.Select(m => Math.Max(0, today.DayNumber - m.LastPurchase.DayNumber)).ToArray();
        var r = QuintileScores(recency.Select(d => (double)-d).ToArray());
        var f = QuintileScores(members.Select(m => (double)m.Purchases).ToArray());
        var m = QuintileScores(members.Select(m => (double)m.Spend).ToArray());
        var mean = members.Sum(x => x.Spend) / n;
        var sortedSpend = members.Select(x => x.Spend).Order().ToArray();
        var vipThreshold = sortedSpend[n - (int)Math.Ceiling(n / 10d)]; // the lowest spend among the top tenth

        var scores = new RfmScore[n];
        for (var i = 0; i < n; i++)
        {
            var member = members[i];
            scores[i] = new RfmScore(
                member.MemberId,
                recency[i],
                member.Purchases,
                member.Spend,
                r[i],
                f[i],
                m[i],
                GroupOf(r[i], f[i]),
                LayerOf(recency[i], member.Purchases, member.Spend, mean),
                member.Spend >= vipThreshold && member.Purchases >= 2,
                member.Purchases >= 2 && recency[i] > ActiveMaxDays && recency[i] <= DormantAfterDays);
        }

        return scores;
    }

    public static LifecycleLayer LayerOf(int recencyDays, int purchases, decimal spend, decimal meanSpend) =>
        recencyDays <= NewMaxDays && purchases == 1 && spend < meanSpend ? LifecycleLayer.New
        : recencyDays <= ActiveMaxDays && purchases >= 2 && spend >= meanSpend ? LifecycleLayer.Active
        : recencyDays > DormantAfterDays && purchases >= 1 && spend >= meanSpend ? LifecycleLayer.Dormant
        : LifecycleLayer.Unlayered;

    /// <summary>The R × F grid, first match wins; every pair of scores falls in exactly one group.</summary>
    public static RfmGroup GroupOf(int r, int f) => (r, f) switch
    {
        ( >= 4, >= 4) => RfmGroup.Champions,
        (3, >= 4) => RfmGroup.Loyal,
        ( <= 2, 5) => RfmGroup.CantLose,
        ( <= 2, >= 3) => RfmGroup.AtRisk,
        ( >= 4, >= 2) => RfmGroup.PotentialLoyalist,
        (5, 1) => RfmGroup.NewCustomers,
        (4, 1) => RfmGroup.Promising,
        (3, >= 2) => RfmGroup.NeedAttention,
        (3, 1) => RfmGroup.AboutToSleep,
        (2, _) => RfmGroup.Hibernating,
        _ => RfmGroup.Lost,
    };

    /// <summary>1 + ⌊5 · (values strictly lower) / n⌋ for each value (higher is better); O(n log n).</summary>
    public static int[] QuintileScores(double[] values)
    {
        var n = values.Length;
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(values.ToArray(), order);
        var scores = new int[n];
        var lower = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && values[order[i]] > values[order[i - 1]])
            {
                lower = i;
            }

            scores[order[i]] = 1 + (int)(5L * lower / n);
        }

        return scores;
    }
}
