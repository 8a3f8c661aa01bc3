using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Loyalty.Purchases.Bench;

/// <summary>
/// Open-loop purchase load: request i of a step starts at i / rate seconds after the step starts, whether or not the
/// earlier ones have answered. Each purchase has a new
/// externalOrderId and a random member of <paramref name="members"/>.
/// </summary>
public sealed class PurchaseLoad(HttpClient staff, IReadOnlyList<Guid> members)
{
    /// <summary>JIT, connection pools and caches warmed up before
    /// anything is measured; every purchase must be a 201.</summary>
    public async Task WarmUpAsync(int purchases, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken };
        var clock = Stopwatch.StartNew();
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, purchases), parallel, async (_, token) =>
        {
            if ((await SendAsync(clock, token)).Error is { } error)
            {
                errors.Add(error);
            }
        });
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException($"{errors.Count} of {purchases} warm-up purchases failed: " +
                $"{string.Join(", ", errors.Distinct())} (see .data/logs/bench/)");
        }
    }

    public async Task<StepResult> RunStepAsync(int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var requests = new Task<PurchaseOutcome>[(int)Math.Round(rate * duration.TotalSeconds)];
        var step = Stopwatch.StartNew();
        for (var i = 0; i < requests.Length; i++)
        {
            var wait = TimeSpan.FromSeconds(i / (double)rate) - step.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            // Behind schedule (a late timer, a busy CPU): the overdue requests start at once, back to back.
            requests[i] = SendAsync(step, cancellationToken);
        }

        var outcomes = await Task.WhenAll(requests);
        return StepResult.From(rate, outcomes);
    }

    private async Task<PurchaseOutcome> SendAsync(Stopwatch step, CancellationToken cancellationToken)
    {
        var amount = Random.Shared.Next(1_000, 500_000) / 100m;
        var body = new
        {
            externalOrderId = $"BENCH-{Guid.NewGuid():N}",
            memberId = members[Random.Shared.Next(members.Count)],
            storeId = "SH-JINGAN-01",
            amount,
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount } },
            paidAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        };
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await staff.PostAsJsonAsync("/api/purchases", body, cancellationToken);
            return new(clock.Elapsed.TotalMilliseconds, step.Elapsed,
                response.StatusCode == HttpStatusCode.Created ? null
                    : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException ex)
        {
            return new(clock.Elapsed.TotalMilliseconds, step.Elapsed, ex.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(clock.Elapsed.TotalMilliseconds, step.Elapsed, "timeout");
        }
    }
}
