using System.Diagnostics;

namespace Loyalty.DemoChain;

/// <summary>Runs a step over many items a few at a time, printing its progress about every tenth.</summary>
public sealed class DemoSteps(int concurrency, Action<string> report)
{
    public async Task ForEachAsync<T>(
        IReadOnlyList<T> items, string what, Func<T, CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var every = Math.Max(1, items.Count / 10);
        await Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                await step(item, ct);
                var count = Interlocked.Increment(ref done);
                if (count % every == 0 || count == items.Count)
                {
                    report($"{what}: {count:N0} / {items.Count:N0} ({count * 100 / items.Count} %, "
                        + $"{count / Math.Max(clock.Elapsed.TotalSeconds, 0.001):F0}/s)");
                }
            });
    }
}
