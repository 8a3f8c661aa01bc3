using System.Runtime.CompilerServices;
namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// A customer base compressed to its distinct (x, tₓ, T) triples with how many customers share each: BG/NBD's
/// likelihood and predictions depend on nothing else, so they are computed once per triple. Recency and T values
/// are numbered by distinct value (bases measured in whole days have a few hundred of each), so the logarithms of
/// (α + T) and (α + tₓ) are taken once per value; the expected-purchase series depends on (x, T) alone and is
/// summed once per such pair.
/// </summary>
internal sealed class CustomerTriples
{
    private CustomerTriples(
        int customers,
        int[] tripleOf,
        int[] frequencyIndex,
        int[] recencyIndex,
        int[] tIndex,
        double[] count,
        int[] frequencies,
        double[] frequencyCount,
        double[] recencies,
        double[] ts,
        int[] pairOf,
        int[] pairFrequencyIndex,
        int[] pairTIndex)
    {
        Customers = customers;
        TripleOf = tripleOf;
        FrequencyIndex = frequencyIndex;
        RecencyIndex = recencyIndex;
        TIndex = tIndex;
        Count = count;
        Frequencies = frequencies;
        FrequencyCount = frequencyCount;
        Recencies = recencies;
        Ts = ts;
        PairOf = pairOf;
        PairFrequencyIndex = pairFrequencyIndex;
        PairTIndex = pairTIndex;
    }

    public int Customers { get; }

    /// <summary>Per customer: its triple.</summary>
    public int[] TripleOf { get; }

    /// <summary>
    /// Per triple: index into <see cref="Frequencies"/>, <see cref="Recencies"/>, <see cref="Ts"/>; its customer count.
    /// </summary>
    public int[] FrequencyIndex { get; }

    public int[] RecencyIndex { get; }

    public int[] TIndex { get; }

    public double[] Count { get; }

    /// <summary>The distinct frequencies and how many customers have each.</summary>
    public int[] Frequencies { get; }

    public double[] FrequencyCount { get; }

    /// <summary>The distinct recency and T values.</summary>
    public double[] Recencies { get; }

    public double[] Ts { get; }

    /// <summary>Per triple: its (x, T) pair; per pair: the frequency and T indices.</summary>
    public int[] PairOf { get; }

    public int[] PairFrequencyIndex { get; }

    public int[] PairTIndex { get; }

    public int Length => Count.Length;

    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CustomerTriples Of(int[] frequency, double[] recency, double[] t)
    {
        var n = frequency.Length;
        var returning = 0;
        foreach (var x in frequency)
        {
            returning += x > 0 ? 1 : 0;
        }

        var (frequencies, recencies, ts) = (new IntIndexer(), new DoubleIndexer(), new DoubleIndexer());
        var triples = new TripleIndexer(returning);
        var pairs = new TripleIndexer(1024);
        var tripleOf = new int[n];
        var (pairOf, frequencyCount) = (new List<int>(), new List<double>());
        // customers with x = 0 have tₓ = 0: their triple by T index alone, no hashing
        var withoutRepeats = new int[64];
        for (var i = 0; i < n; i++)
        {
            var xi = frequencies.IndexOf(frequency[i]);
            var ti = ts.IndexOf(t[i]);
            if (xi == frequencyCount.Count)
            {
                frequencyCount.Add(0);
            }

            frequencyCount[xi]++;
            int triple;
            if (frequency[i] == 0 && ti < withoutRepeats.Length && withoutRepeats[ti] != 0)
            {
                triple = withoutRepeats[ti] - 1;
            }
            else
            {
                triple = triples.IndexOf(xi, recencies.IndexOf(recency[i]), ti, out var added);
                if (added)
                {
                    pairOf.Add(pairs.IndexOf(xi, ti, 0, out _));
                }

                if (frequency[i] == 0)
                {
                    if (ti >= withoutRepeats.Length)
                    {
                        Array.Resize(ref withoutRepeats, Math.Max(ti + 1, withoutRepeats.Length * 2));
                    }

                    withoutRepeats[ti] = triple + 1;
                }
            }

            tripleOf[i] = triple;
        }

        var (count, fi, ri, tIdx) =
            (new double[triples.Length], new int[triples.Length], new int[triples.Length], new int[triples.Length]);
        foreach (var triple in tripleOf)
        {
            count[triple]++;
        }

        triples.CopyKeys(fi, ri, tIdx);
        var (pairFrequency, pairT, unused) = (new int[pairs.Length], new int[pairs.Length], new int[pairs.Length]);
        pairs.CopyKeys(pairFrequency, pairT, unused);
        return new CustomerTriples(
            n, tripleOf, fi, ri, tIdx, count, frequencies.Values(), [.. frequencyCount],
            recencies.Values(), ts.Values(), [.. pairOf], pairFrequency, pairT);
    }

    /// <summary>
    /// Numbers distinct doubles in order of first appearance
    /// (open addressing on the bits; few distinct values stay in cache).
    /// </summary>
    private sealed class DoubleIndexer
    {
        private readonly List<double> values = [];
        private long[] keys = new long[64];
        private int[] slots = new int[64];

        public int IndexOf(double value)
        {
            var bits = BitConverter.DoubleToInt64Bits(value + 0d); // −0 and 0 are one value
            var mask = keys.Length - 1;
            for (var h = Hash((ulong)bits, mask); ; h = (h + 1) & mask)
            {
                if (slots[h] == 0)
                {
                    values.Add(value + 0d);
                    (keys[h], slots[h]) = (bits, values.Count);
                    if (values.Count * 2 > keys.Length)
                    {
                        Grow();
                    }

                    return values.Count - 1;
                }

                if (keys[h] == bits)
                {
                    return slots[h] - 1;
                }
            }
        }

        public double[] Values() => [.. values];

        private void Grow()
        {
            var (oldKeys, oldSlots) = (keys, slots);
            (keys, slots) = (new long[oldKeys.Length * 2], new int[oldKeys.Length * 2]);
            var mask = keys.Length - 1;
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldSlots[i] != 0)
                {
                    var h = Hash((ulong)oldKeys[i], mask);
                    while (slots[h] != 0)
                    {
                        h = (h + 1) & mask;
                    }

                    (keys[h], slots[h]) = (oldKeys[i], oldSlots[i]);
                }
            }
        }
    }

    /// <summary>
    /// Numbers distinct ints in order of first appearance; small non-negative values through a direct table.
    /// </summary>
    private sealed class IntIndexer
    {
        private readonly List<int> values = [];
        private readonly Dictionary<int, int> large = [];
        private int[] small = new int[256];

        public int IndexOf(int value)
        {
            if ((uint)value < 1 << 20)
            {
                if (value >= small.Length)
                {
                    Array.Resize(ref small, Math.Max(value + 1, small.Length * 2));
                }

                if (small[value] == 0)
                {
                    values.Add(value);
                    small[value] = values.Count;
                }

                return small[value] - 1;
            }

            if (!large.TryGetValue(value, out var index))
            {
                values.Add(value);
                large[value] = index = values.Count - 1;
            }

            return index;
        }

        public int[] Values() => [.. values];
    }

    /// <summary>
    /// Numbers distinct (a, b, c) index triples in order of first appearance: open addressing on one packed 63-bit key
    /// (21 bits each; indices are counts of distinct values, far below 2²¹ in practice), a dictionary beyond that.
    /// </summary>
    private sealed class TripleIndexer(int expected)
    {
        private const int Bits = 21;
        private const int Limit = 1 << Bits;
        private readonly Dictionary<(int, int, int), int> wide = [];
        private long[] keys = new long[Capacity(expected)];
        private int[] slots = new int[Capacity(expected)];
        private long[] order = new long[Math.Max(16, expected / 4)];

        public int Length { get; private set; }

        public int IndexOf(int x, int y, int z, out bool added)
        {
            if ((uint)x >= Limit || (uint)y >= Limit || (uint)z >= Limit)
            {
                added = !wide.TryGetValue((x, y, z), out var index);
                if (added)
                {
                    wide[(x, y, z)] = index = Append(-1 - wide.Count);
                }

                return index;
            }

            var key = (long)(uint)x | ((long)y << Bits) | ((long)z << (2 * Bits));
            var mask = slots.Length - 1;
            for (var h = Hash((ulong)key, mask); ; h = (h + 1) & mask)
            {
                var slot = slots[h];
                if (slot == 0)
                {
                    (keys[h], slots[h]) = (key, Append(key) + 1);
                    if (Length * 2 > slots.Length)
                    {
                        Grow();
                    }

                    added = true;
                    return Length - 1;
                }

                if (keys[h] == key)
                {
                    added = false;
                    return slot - 1;
                }
            }
        }

        public void CopyKeys(int[] xs, int[] ys, int[] zs)
        {
            var unpacked = wide.ToDictionary(e => e.Value, e => e.Key);
            for (var i = 0; i < Length; i++)
            {
                var key = order[i];
                (xs[i], ys[i], zs[i]) = key >= 0
                    ? ((int)(key & (Limit - 1)), (int)((key >> Bits) & (Limit - 1)), (int)(key >> (2 * Bits)))
                    : unpacked[i];
            }
        }

        private static int Capacity(int expected) =>
            (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, expected * 2)));

        /// <summary>
        /// Records the key of the next index (wide keys as −1 − their index, resolved through the dictionary).
        /// </summary>
        private int Append(long key)
        {
            if (Length == order.Length)
            {
                Array.Resize(ref order, order.Length * 2);
            }

            order[Length] = key < 0 ? -1 - Length : key;
            return Length++;
        }

        private void Grow()
        {
            var size = slots.Length * 2;
            (keys, slots) = (new long[size], new int[size]);
            var mask = size - 1;
            for (var i = 0; i < Length; i++)
            {
                if (order[i] < 0)
                {
                    continue;
                }

                var h = Hash((ulong)order[i], mask);
                while (slots[h] != 0)
                {
                    h = (h + 1) & mask;
                }

                (keys[h], slots[h]) = (order[i], i + 1);
            }
        }
    }

    /// <summary>
    /// Fibonacci hashing: the top bits of key·2⁶⁴/φ, after folding the high bits in
    /// (doubles differ mostly there).
    /// </summary>
    private static int Hash(ulong key, int mask) =>
        (int)(((key ^ (key >> 32)) * 0x9E3779B97F4A7C15UL)
            >> (64 - System.Numerics.BitOperations.PopCount((uint)mask)));
}
