using System.Diagnostics;
using System.Runtime;
using Loyalty.Segmentation.Bench;
using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Rfm;
using Loyalty.Segmentation.Engine.Summaries;

// Segmentation engine benchmark, no servers needed:
//   dotnet run -c Release --project bench/Segmentation.Bench -- [members=1000000]
// (`-- --write-summary FILE [members]` writes the same base's summary file for the CLI benchmark,
// bench/Segmentation.Bench/cli.sh; `-- --write-continuous FILE [customers]` writes a base drawn in continuous time,
// see ContinuousBase, for `cli.sh --continuous`.)
// Synthetic purchase histories (see SyntheticBase) held as columns, then each stage timed: wall time, CPU time (the
// machine is shared; CPU time is less disturbed by other processes) and the stage's own peak resident set (see
// PeakMemory): summarising the transactions, RFM scoring, fitting BG/NBD, fitting Gamma-Gamma, predicting every
// member (P(alive) and 39-week purchases), and their 39-week CLV. The peer figures in issue 4 (Python `lifetimes`,
// this machine, 1,000,000 customers): BG/NBD fit 13.9 s at a 612 MB peak, Gamma-Gamma on 405,000 returning customers
// 3.1 s, predicting every customer 0.39 s; the aim is ten times faster at a third of the memory.
if (args.Length > 1 && args[0] == "--write-continuous")
{
    var customers = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    ContinuousBase.Write(args[1], customers, seed: 20261201);
    Console.WriteLine($"wrote {customers:N0} customers drawn in continuous time to {args[1]}");
    return;
}

var writeSummary = args.Length > 1 && args[0] == "--write-summary" ? args[1] : null;
args = writeSummary is null ? args : args[2..];
var members = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000_000;
var start = new DateOnly(2025, 1, 1);
var end = new DateOnly(2025, 12, 31);
if (writeSummary is not null)
{
    SummaryFile.Write(writeSummary, members, start, end, seed: 20261123);
    Console.WriteLine($"wrote the calibration summary of {members:N0} synthetic members to {writeSummary}");
    return;
}

var memory = new PeakMemory();
var (customer, dayNumber, amount) = SyntheticBase.Generate(members, start, end, seed: 20261123);
Console.WriteLine($"Segmentation benchmark: {members:N0} members, {customer.Length:N0} transactions, " +
    $"{Environment.ProcessorCount} cores, " +
    $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, per-stage peaks " +
    $"{(memory.PerStage ? "reset per stage (VmHWM)" : "cumulative")}");
Console.WriteLine($"  {"stage",-42} {"wall",8} {"CPU",8} {"peak RSS",9}");

var summaries = Stage("summarise (weeks)",
    () => SummaryBuilder.BuildColumns(customer, dayNumber, amount, members, end, TimeUnit.Weeks, out _));
(customer, dayNumber, amount) = ([], [], []); // the transactions are not needed after summarising

// RFM inputs from the summaries: purchases, the last purchase day and total spend (the mean spend times purchases).
var (purchaseCount, lastPurchase, spent) = (new int[summaries.Count], new DateOnly[summaries.Count],
    new decimal[summaries.Count]);
for (var i = 0; i < summaries.Count; i++)
{
    purchaseCount[i] = summaries.Frequency[i] + 1;
    lastPurchase[i] = end.AddDays(-(int)Math.Round((summaries.T[i] - summaries.Recency[i]) * 7));
    spent[i] = Math.Round((decimal)(summaries.MonetaryValue![i] * (summaries.Frequency[i] + 1)), 2);
}

Stage("RFM scores and layers", () => RfmColumns.Score(purchaseCount, lastPurchase, spent, end));
(purchaseCount, lastPurchase, spent) = ([], [], []);

var purchases = Timed("fit BG/NBD", () => BgNbdModel.Fit(summaries), out var bgNbdTime);
Console.WriteLine($"    r {purchases.Parameters.R:F4}, alpha {purchases.Parameters.Alpha:F4}, a " +
    $"{purchases.Parameters.A:F4}, b {purchases.Parameters.B:F4}, " +
    $"LL {purchases.LogLikelihood:F1}, {(purchases.Converged ? "converged" : "NOT converged")} in " +
    $"{purchases.Iterations} iterations, gradient {purchases.GradientNorm:E1}");
var spend = Timed("fit Gamma-Gamma", () => GammaGammaModel.Fit(summaries), out var gammaGammaTime);
Console.WriteLine($"    p {spend.Parameters.P:F4}, q {spend.Parameters.Q:F4}, v {spend.Parameters.V:F4} on " +
    $"{spend.Customers:N0} returning members, " +
    $"{(spend.Converged ? "converged" : "NOT converged")} in {spend.Iterations} iterations, gradient " +
    $"{spend.GradientNorm:E1}");
var (alive, expected) = (new double[summaries.Count], new double[summaries.Count]);
Timed("predict P(alive) and 39-week purchases", () =>
{
    BgNbdModel.Predict(purchases.Parameters, summaries, 39, alive, expected);
    return expected;
}, out var predictTime);
Timed("CLV over 39 weeks, 1%/month", () =>
{
    CustomerLifetimeValue.Of(purchases.Parameters, spend.Parameters, summaries, 39, TimeUnit.Weeks, 0.01, expected);
    return expected;
}, out _);

if (Environment.GetEnvironmentVariable("BENCH_BREAKDOWN") == "1")
{
    Breakdown(summaries, purchases.Parameters);
}

var peakMb = memory.ProcessPeakBytes / 1024.0 / 1024.0;
Console.WriteLine($"  process peak resident set (whole run, data generation included): {peakMb:F0} MB");
Console.WriteLine("  against Python `lifetimes` on this machine (aim: ≥ 10x faster, ≤ 1/3 of its memory):");
Console.WriteLine($"    fit BG/NBD      13.9 s / {bgNbdTime.TotalSeconds:F3} s = {13.9 / bgNbdTime.TotalSeconds:F1}x");
Console.WriteLine(
    $"    fit Gamma-Gamma  3.1 s / {gammaGammaTime.TotalSeconds:F3} s = {3.1 / gammaGammaTime.TotalSeconds:F1}x");
Console.WriteLine(
    $"    predict         0.39 s / {predictTime.TotalSeconds:F3} s = {0.39 / predictTime.TotalSeconds:F1}x");
Console.WriteLine($"    peak memory     {peakMb:F0} MB / 612 MB = {peakMb / 612:F2} of the peer's");

T Stage<T>(string name, Func<T> work) => Timed(name, work, out _);

T Timed<T>(string name, Func<T> work, out TimeSpan elapsed)
{
    // what earlier stages left behind is not this stage's
    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    memory.Reset();
    using var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = work();
    clock.Stop();
    process.Refresh();
    elapsed = clock.Elapsed;
    Console.WriteLine($"  {name,-42} {clock.Elapsed.TotalSeconds,6:F3} s " +
        $"{(process.TotalProcessorTime - cpu).TotalSeconds,6:F3} s {memory.HighWaterMark() / 1024.0 / 1024.0,6:F0} MB");
    return result;
}

// BENCH_BREAKDOWN=1: how the BG/NBD fit and the predictions split, on a fresh copy of the columns.
static void Breakdown(SummaryColumns s, BgNbdParameters p)
{
    var copy = new SummaryColumns(s.Frequency, s.Recency, s.T, s.MonetaryValue);
    var clock = Stopwatch.StartNew();
    BgNbdModel.TotalLogLikelihood(p, copy);
    Console.WriteLine($"    {copy.Count:N0} rows → {copy.DistinctTriples:N0} distinct (x, tₓ, T): grouping + one " +
        $"likelihood {clock.Elapsed.TotalMilliseconds:F1} ms");
    clock.Restart();
    for (var i = 0; i < 10; i++)
    {
        BgNbdModel.TotalLogLikelihood(p, copy);
    }

    Console.WriteLine($"    one likelihood (and gradient) {clock.Elapsed.TotalMilliseconds / 10:F2} ms");
    var (alive, expected) = (new double[s.Count], new double[s.Count]);
    clock.Restart();
    for (var i = 0; i < 10; i++)
    {
        BgNbdModel.Predict(p, copy, 39, alive, expected);
    }

    Console.WriteLine($"    predict into existing arrays {clock.Elapsed.TotalMilliseconds / 10:F2} ms");
}
