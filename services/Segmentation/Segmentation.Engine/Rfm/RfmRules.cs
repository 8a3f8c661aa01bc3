namespace Loyalty.Segmentation.Engine.Rfm;

/// <summary>
/// RFM over a member base, as of a day on the clinic calendar.
/// <list type="bullet">
/// <item>Recency: days since the last purchase; Frequency: purchases; Monetary: spend (net of refunds).</item>
/// <item>Scores 1–5 by quintile of the base: score = 1 + ⌊5 · (members strictly worse) / n⌋, so equal values
/// share a score. Worse means longer ago for R, fewer or less for F and M.</item>
/// <item>A base of fewer than <see cref="MinQuintileBase"/> members is too small for quintiles (two members who both
/// bought today would both score R 1): scores come from the fixed thresholds of <see cref="FixedScores"/>
/// instead.</item>
/// <item>Layers (seed 004, boundaries inclusive as written): New = R ≤ 7 days, F = 1, M &lt; mean;
/// Active = R ≤ 30, F ≥ 2, M ≥ mean; Dormant = R &gt; 60, F ≥ 1, M ≥ mean;
/// the mean is the base's mean spend.</item>
/// <item>VIP: spend at least the lowest of the top ⌈n/10⌉ spends of the base (ties included), with F ≥ 2.</item>
/// <item>Potential churn: a repeat customer (F ≥ 2) silent for 31–60 days — past Active, not yet Dormant.</item>
/// </list>
/// </summary>
public static class RfmRules
{
    public const int NewMaxDays = 7;
    public const int ActiveMaxDays = 30;
    public const int DormantAfterDays = 60;

    /// <summary>
    /// The smallest base (members with a purchase) scored by quintiles; smaller bases use <see cref="FixedScores"/>.
    /// </summary>
    public const int MinQuintileBase = 50;

    /// <summary>Upper bounds of scores 5, 4, 3, 2 for recency in days (R 1 beyond the last).</summary>
    private static readonly int[] RecencyDaysAtMost = [30, 60, 90, 180];

    /// <summary>
    /// Lower bounds of scores 5, 4, 3, 2 for purchases and for net spend in CNY (score 1 below the last).
    /// </summary>
    private static readonly int[] PurchasesAtLeast = [6, 4, 3, 2];

    private static readonly decimal[] SpendAtLeast = [20_000m, 8_000m, 3_000m, 1_000m];

    public static bool UsesFixedScores(int baseSize) => baseSize < MinQuintileBase;

    /// <summary>
    /// R, F and M of a member of a small base from fixed thresholds (clinic visits and CNY), not from the base:
    /// R 5 within 30 days, 4 within 60, 3 within 90, 2 within 180, else 1; F 5 from 6 purchases, 4 from 4, 3 at 3,
    /// 2 at 2, else 1; M 5 from 20,000 CNY, 4 from 8,000, 3 from 3,000, 2 from 1,000, else 1.
    /// </summary>
    public static (int R, int F, int M) FixedScores(int recencyDays, int purchases, decimal spend) =>
        (5 - CountWhile(RecencyDaysAtMost, bound => recencyDays > bound),
         5 - CountWhile(PurchasesAtLeast, bound => purchases < bound),
         5 - CountWhile(SpendAtLeast, bound => spend < bound));

    private static int CountWhile<T>(T[] bounds, Func<T, bool> beyond)
    {
        var count = 0;
        while (count < bounds.Length && beyond(bounds[count]))
        {
            count++;
        }

        return count;
    }

    public static IReadOnlyList<RfmScore> Score(IReadOnlyList<MemberActivity> members, DateOnly today)
    {
        var n = members.Count;
        if (n == 0)
        {
            return [];
        }

        var recency = members.Select(m => Math.Max(0, today.DayNumber - m.LastPurchase.DayNumber)).ToArray();
        int[] r, f, m;
        if (UsesFixedScores(n))
        {
            var fixedScores = members.Select((x, i) => FixedScores(recency[i], x.Purchases, x.Spend)).ToArray();
            (r, f, m) = (
                fixedScores.Select(s => s.R).ToArray(),
                fixedScores.Select(s => s.F).ToArray(),
                fixedScores.Select(s => s.M).ToArray());
        }
        else
        {
            r = QuintileScores(recency.Select(d => (double)-d).ToArray());
            f = QuintileScores(members.Select(x => (double)x.Purchases).ToArray());
            m = QuintileScores(members.Select(x => (double)x.Spend).ToArray());
        }

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
