using System.Globalization;

namespace Loyalty.Purchases.Bench;

/// <summary>One pgbench run: its clients, committed transactions per
/// second and in all, failures and per-transaction latencies.</summary>
public sealed record PgBenchResult(
    int Clients,
    double Tps,
    int Transactions,
    int Failed,
    double MeanMs,
    double P50Ms,
    double P95Ms,
    double P99Ms)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Tps:F1} TPS, {Failed} failed, latency mean {MeanMs:F1} ms, p50 {P50Ms:F1} ms, " +
        $"p95 {P95Ms:F1} ms, p99 {P99Ms:F1} ms");
}
