using System.Globalization;

namespace Loyalty.Purchases.Bench;

/// <summary>
/// One step's figures. Achieved is successful (201) purchases per second over the span in which the answers came
/// (first to last, plus one send interval): the offered rate when the platform keeps up, whatever its latency, and
/// less when a backlog builds up and answers trail on after the last request was sent. Latencies are of the 201s.
/// </summary>
public sealed record StepResult(
    int OfferedRate,
    int Sent,
    int Succeeded,
    IReadOnlyDictionary<string, int> Errors,
    TimeSpan AnswerSpan,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MeanInFlight)
{
    public const string Header = "  offered/s  achieved/s     sent   errors   p50 ms   p95 ms   p99 ms  in flight";

    public double Achieved => Succeeded / AnswerSpan.TotalSeconds;

    public int ErrorCount => Sent - Succeeded;

    public bool IsSustained(double p99BoundMs) => Succeeded > 0 && Achieved >= 0.95 * OfferedRate && P99Ms < p99BoundMs;

    public static StepResult From(int rate, IReadOnlyList<PurchaseOutcome> outcomes)
    {
        var latencies = outcomes.Where(o => o.Error is null).Select(o => o.LatencyMs).Order().ToArray();
        var errors = outcomes.Where(o => o.Error is not null).GroupBy(o => o.Error!)
            .ToDictionary(g => g.Key, g => g.Count());
        var span = outcomes.Max(o => o.AnsweredAt) - outcomes.Min(o => o.AnsweredAt) + TimeSpan.FromSeconds(1.0 / rate);
        // Little's law: the mean number of requests in flight is their summed latency over the time they took.
        var inFlight = outcomes.Sum(o => o.LatencyMs) / outcomes.Max(o => o.AnsweredAt).TotalMilliseconds;
        return new StepResult(rate, outcomes.Count, latencies.Length, errors, span,
            Percentile(latencies, 50), Percentile(latencies, 95), Percentile(latencies, 99), inFlight);
    }

    /// <summary>Nearest rank: the smallest value with at least
    /// <paramref name="percent"/>% of the values at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN
            : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"  {OfferedRate,9}  {Achieved,10:F1}  {Sent,7}  {ErrorCount,7}  {P50Ms,7:F0}  {P95Ms,7:F0}  {P99Ms,7:F0}  " +
        $"{MeanInFlight,9:F1}");

    /// <summary>The errors by kind (HTTP status, connection error or
    /// "timeout"), e.g. "  (500×7)"; empty when there were none.</summary>
    public string ErrorSummary => ErrorCount == 0 ? ""
        : $"  ({string.Join(", ", Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key}×{e.Value}"))})";
}
