using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Cli;

/// <summary>
/// A summary file in memory: the customers' ids as they were written (UTF-8, back to back) and their summaries as
/// columns.
/// </summary>
public sealed class SummaryTable(byte[] idBytes, int[] idStart, SummaryColumns columns, bool hasMonetary)
{
    public SummaryColumns Columns { get; } = columns;

    public bool HasMonetary { get; } = hasMonetary;

    public int Count => Columns.Count;

    /// <summary>Row i's id, UTF-8.</summary>
    public ReadOnlySpan<byte> Id(int row) => idBytes.AsSpan(idStart[row], idStart[row + 1] - idStart[row]);
}
