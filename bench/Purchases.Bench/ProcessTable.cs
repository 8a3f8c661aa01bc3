namespace Loyalty.Purchases.Bench;

/// <summary>One reading of every process's CPU ticks (own, and of its reaped children) and parent.</summary>
public sealed class ProcessTable(IReadOnlyDictionary<int, ProcessTable.Stat> stats, double ticksPerSecond)
{
    public readonly record struct Stat(int ParentPid, long Own, long ReapedChildren);

    /// <summary>
    /// CPU seconds of <paramref name="pid"/>, its live descendants and its reaped children: a backend that exits moves
    /// its time into its parent's reaped-children figures, so the sum stays continuous. 0 once the process is gone.
    /// </summary>
    public double TreeSeconds(int pid)
    {
        if (!stats.TryGetValue(pid, out var root))
        {
            return 0;
        }

        var total = root.Own + root.ReapedChildren;
        var parents = new HashSet<int> { pid };
        // Repeated until nothing new is found, whatever order /proc listed parents and children in (trees are shallow).
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var (child, stat) in stats)
            {
                if (parents.Contains(stat.ParentPid) && parents.Add(child))
                {
                    total += stat.Own;
                    grown = true;
                }
            }
        }

        return total / ticksPerSecond;
    }
}
