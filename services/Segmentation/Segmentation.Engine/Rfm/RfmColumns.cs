using System.Runtime.CompilerServices;
namespace Loyalty.Segmentation.Engine.Rfm;

/// <summary>
/// <see cref="RfmRules.Score"/> for a large base held as columns, with the same rules and results, into compact
/// per-member arrays (row order) instead of an object per member: scores 1–5, group, layer and the two flags.
/// Integer columns are ranked by counting, spend by one sort of its values.
/// </summary>
public sealed class RfmColumns
{
    private RfmColumns(int n)
    {
        RecencyDays = new int[n];
        R = new byte[n];
        F = new byte[n];
        M = new byte[n];
        Group = new RfmGroup[n];
        Layer = new LifecycleLayer[n];
        IsVip = new bool[n];
        IsPotentialChurn = new bool[n];
    }

    public int[] RecencyDays { get; }

    public byte[] R { get; }

    public byte[] F { get; }

    public byte[] M { get; }

    public RfmGroup[] Group { get; }

    public LifecycleLayer[] Layer { get; }

    public bool[] IsVip { get; }

    public bool[] IsPotentialChurn { get; }

    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RfmColumns Score(
        ReadOnlySpan<int> purchases,
        ReadOnlySpan<DateOnly> lastPurchase,
        ReadOnlySpan<decimal> spend,
        DateOnly today)
    {
        var n = purchases.Length;
        if (lastPurchase.Length != n || spend.Length != n)
        {
            throw new ArgumentException("The member columns must have the same length.");
        }

        var result = new RfmColumns(n);
        if (n == 0)
        {
            return result;
        }

        var recency = result.RecencyDays;
        var negativeRecency = new int[n];
        for (var i = 0; i < n; i++)
        {
            recency[i] = Math.Max(0, today.DayNumber - lastPurchase[i].DayNumber);
            negativeRecency[i] = -recency[i];
        }

        Quintiles(negativeRecency, result.R);
        Quintiles(purchases, result.F);
        var sum = 0m;
        foreach (var s in spend)
        {
            sum += s;
        }

        var mean = sum / n;
        var vipThreshold = SpendQuintiles(spend, result.M, n - (int)Math.Ceiling(n / 10d));
        for (var i = 0; i < n; i++)
        {
            if (RfmRules.UsesFixedScores(n))
            {
                var (r, f, m) = RfmRules.FixedScores(recency[i], purchases[i], spend[i]);
                (result.R[i], result.F[i], result.M[i]) = ((byte)r, (byte)f, (byte)m);
            }

            result.Group[i] = RfmRules.GroupOf(result.R[i], result.F[i]);
            result.Layer[i] = RfmRules.LayerOf(recency[i], purchases[i], spend[i], mean);
            result.IsVip[i] = spend[i] >= vipThreshold && purchases[i] >= 2;
            result.IsPotentialChurn[i] = purchases[i] >= 2
                && recency[i] > RfmRules.ActiveMaxDays
                && recency[i] <= RfmRules.DormantAfterDays;
        }

        return result;
    }

    /// <summary>
    /// 1 + ⌊5 · (values strictly lower) / n⌋ by counting over the value range (a sort when the range is wide).
    /// </summary>
    private static void Quintiles(ReadOnlySpan<int> values, Span<byte> scores)
    {
        var n = values.Length;
        var (min, max) = (int.MaxValue, int.MinValue);
        foreach (var v in values)
        {
            (min, max) = (Math.Min(min, v), Math.Max(max, v));
        }

        if ((long)max - min > 4L * n)
        {
            var doubles = new double[n];
            for (var i = 0; i < n; i++)
            {
                doubles[i] = values[i];
            }

            var byRules = RfmRules.QuintileScores(doubles);
            for (var i = 0; i < n; i++)
            {
                scores[i] = (byte)byRules[i];
            }

            return;
        }

        var lower = new int[max - min + 2];
        foreach (var v in values)
        {
            lower[v - min + 1]++;
        }

        for (var i = 1; i < lower.Length; i++)
        {
            lower[i] += lower[i - 1];
        }

        for (var i = 0; i < n; i++)
        {
            scores[i] = (byte)(1 + (5L * lower[values[i] - min] / n));
        }
    }

    /// <summary>
    /// Spend quintile scores, and the spend at sorted position <paramref name="vipIndex"/> (the VIP threshold).
    /// </summary>
    private static decimal SpendQuintiles(ReadOnlySpan<decimal> spend, Span<byte> scores, int vipIndex)
    {
        var n = spend.Length;

        // Money with a few decimals converts to double exactly and in order, so ranks can be taken on doubles.
        var keys = new double[n];
        var exact = true;
        for (var i = 0; i < n && exact; i++)
        {
            keys[i] = (double)spend[i];
            exact = (decimal)keys[i] == spend[i];
        }

        if (!exact)
        {
            var sortedSpend = spend.ToArray();
            Array.Sort(sortedSpend);
            for (var i = 0; i < n; i++)
            {
                scores[i] = (byte)(1 + (5L * LowerBound(sortedSpend, spend[i]) / n));
            }

            return sortedSpend[vipIndex];
        }

        var sorted = (double[])keys.Clone();
        Array.Sort(sorted);
        for (var i = 0; i < n; i++)
        {
            scores[i] = (byte)(1 + (5L * LowerBound(sorted, keys[i]) / n));
        }

        return (decimal)sorted[vipIndex];
    }

    /// <summary>How many elements of the sorted array are strictly below the value.</summary>
    private static int LowerBound<T>(T[] sorted, T value)
        where T : IComparable<T>
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].CompareTo(value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
