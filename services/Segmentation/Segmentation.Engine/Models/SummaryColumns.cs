namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// Calibration summaries of a whole customer base as columns (the same meaning as <see cref="CustomerSummary"/>,
/// without ids: row i is whatever customer the caller put there). The form the models use for large bases: a few
/// arrays instead of an object per customer. Checked once on construction; the arrays are owned by this object.
/// </summary>
public sealed class SummaryColumns
{
    private CustomerTriples? triples;

    public SummaryColumns(int[] frequency, double[] recency, double[] t, double[]? monetaryValue = null)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        ArgumentNullException.ThrowIfNull(recency);
        ArgumentNullException.ThrowIfNull(t);
        if (recency.Length != frequency.Length
            || t.Length != frequency.Length
            || (monetaryValue is not null && monetaryValue.Length != frequency.Length))
        {
            throw new ArgumentException("The columns must have the same length.");
        }

        for (var i = 0; i < frequency.Length; i++)
        {
            if (!Valid(frequency[i], recency[i], t[i]))
            {
                throw new ArgumentException(
                    $"Row {i}: frequency and recency must be ≥ 0, recency ≤ T, " +
                    "and recency 0 without repeat purchases.");
            }
        }

        (Frequency, Recency, T, MonetaryValue) = (frequency, recency, t, monetaryValue);
    }

    /// <summary>Repeat purchases.</summary>
    public int[] Frequency { get; }

    /// <summary>Time from the first to the last purchase.</summary>
    public double[] Recency { get; }

    /// <summary>Time from the first purchase to the end of calibration.</summary>
    public double[] T { get; }

    /// <summary>Mean value of the repeat purchases (0 without any), or null when unknown.</summary>
    public double[]? MonetaryValue { get; }

    public int Count => Frequency.Length;

    /// <summary>How many distinct (x, tₓ, T) the base has (what a BG/NBD fit evaluates per iteration).</summary>
    public int DistinctTriples => Triples.Length;

    /// <summary>
    /// The customers grouped by identical (x, tₓ, T), built on first use and kept
    /// (the fit and the predictions share it).
    /// </summary>
    internal CustomerTriples Triples =>
        LazyInitializer.EnsureInitialized(ref triples, () => CustomerTriples.Of(Frequency, Recency, T));

    public static SummaryColumns From(IReadOnlyCollection<CustomerSummary> customers)
    {
        var (frequency, recency, t) =
            (new int[customers.Count], new double[customers.Count], new double[customers.Count]);
        var monetary = customers.Any(c => c.MonetaryValue is not null) ? new double[customers.Count] : null;
        var i = 0;
        foreach (var c in customers)
        {
            if (!Valid(c.Frequency, c.Recency, c.T))
            {
                throw new ArgumentException(
                    $"Customer {c.Id}: frequency and recency must be ≥ 0, recency ≤ T, " +
                    "and recency 0 without repeat purchases.");
            }

            (frequency[i], recency[i], t[i]) = (c.Frequency, c.Recency, c.T);
            if (monetary is not null)
            {
                monetary[i] = c.MonetaryValue ?? double.NaN;
            }

            i++;
        }

        return new SummaryColumns(frequency, recency, t, monetary);
    }

    private static bool Valid(int x, double tx, double t) =>
        x >= 0 && tx >= 0 && t >= 0 && tx <= t && (x != 0 || tx == 0) && double.IsFinite(t);
}
