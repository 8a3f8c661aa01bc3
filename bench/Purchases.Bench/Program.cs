using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Loyalty.Launcher;
using Loyalty.Purchases.Bench;
using Npgsql;

// Purchase-recording load benchmark on the real servers (deploy/servers.sh up first):
//   dotnet run -c Release --project bench/Purchases.Bench -- [--step-seconds 10] [--rates 25,50,100,200,400]
//       [--members 200] [--warmup 2000] [--p99-ms 1000]
// Starts the whole stack itself with the launcher library, isolated from the dev stack and the e2e tests: gateway on
// :5300 (services 5301-5305), fresh bench_* databases, RabbitMQ vhost "bench", Redis database 2; logs in
// .data/logs/bench/; gateway rate limit raised, service logs at Warning, each service's connection pool capped
// (BenchStack.MaxPoolSize).
// Registers the members through the gateway (staff token from /dev/token), waits for their points accounts, warms up
// (--warmup purchases, then until every service has handled every event), then offers POST /api/purchases at each
// rate for one step, open loop (requests start on schedule, not when the previous one answers), and prints per step
// the achieved successful purchases/s, errors and latency p50/p95/p99.
// Sustained: achieved >= 95% of offered and p99 under --p99-ms. Then it stops the stack (also on Ctrl+C) and runs
// pgbench on the same PostgreSQL with pgbench/purchase.sql (the same writes as one purchase) at the mean concurrency of
// the highest sustained step, and prints platform purchases/s ÷ pgbench TPS.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (RepositoryLocator.BuildConfiguration(typeof(BenchOptions).Assembly) != "Release")
{
    Console.Error.WriteLine(
        "Run it in Release (it starts the Release build of the services, which -c Release builds first):");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var stopping = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT,
    context => { context.Cancel = true; stopping.Cancel(); });
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM,
    context => { context.Cancel = true; stopping.Cancel(); });

var settings = BenchStack.Settings(RepositoryLocator.Root());
var steps = new List<StepResult>();
var caughtUpAfter = new Dictionary<int, TimeSpan>();
var cpuPerPurchase = new Dictionary<int, IReadOnlyDictionary<string, double>>();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Purchase benchmark: {Environment.ProcessorCount} cores, {options.Members} members, steps of " +
    $"{options.StepDuration.TotalSeconds:F0} s at {string.Join(", ", options.Rates)} purchases/s (open loop)"));
try
{
    Console.WriteLine($"==> start the stack: gateway {settings.UrlOf(StackTopology.Gateway)}, bench_* databases, " +
        $"vhost {settings.RabbitVirtualHost}, Redis db {settings.RedisDatabase}, logs {settings.LogDirectory}");
    await using (var stack = await BenchStack.StartAsync(settings, stopping.Token))
    {
        using var staff = await BenchStack.StaffClientAsync(stack.GatewayUrl, stopping.Token);
        Console.WriteLine(
            $"==> register {options.Members} members through the gateway, wait for their points accounts");
        var clock = Stopwatch.StartNew();
        var members = await MemberSetup.RegisterAsync(staff, options.Members, stopping.Token);
        Console.WriteLine($"    done in {clock.Elapsed.TotalSeconds:F1} s");

        var load = new PurchaseLoad(staff, members);
        using var backlog = new PlatformBacklog(settings);
        Console.WriteLine($"==> warm-up: {options.WarmUp} purchases, 4 at a time (not counted), then until every " +
            $"consumer has caught up");
        clock.Restart();
        await load.WarmUpAsync(options.WarmUp, stopping.Token);
        var sent = clock.Elapsed;
        var caughtUp = await backlog.WaitUntilCaughtUpAsync(TimeSpan.FromMinutes(10), stopping.Token);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    sent in {sent.TotalSeconds:F1} s ({options.WarmUp / sent.TotalSeconds:F0}/s answered), every event " +
            $"handled {caughtUp.TotalSeconds:F1} s later"));

        Console.WriteLine("==> POST /api/purchases through the gateway, open loop");
        Console.WriteLine("    achieved: 201s per second over the span the answers came in; latencies: of the 201s; " +
            "in flight: mean concurrent");
        Console.WriteLine("    requests; when the step ended: outbox, Points events not yet published; queued, " +
            "events the other services");
        Console.WriteLine("    have not handled yet; caught up: seconds until every event was handled (RabbitMQ's " +
            "queue figures lag about a");
        Console.WriteLine(
            "    second; more than a few means the consumers fell behind, however fast the purchases answered)");
        Console.WriteLine("    CPU: milliseconds of CPU per purchase of each process (services, servers, this " +
            "driver) and of the whole");
        Console.WriteLine(
            "    machine, from the step's start until every event was handled; a ceiling: the rate at which that cost");
        Console.WriteLine("    would take every core");
        Console.WriteLine(StepResult.Header + "   outbox   queued  caught up");
        var cpu = new CpuMeter(stack);
        foreach (var rate in options.Rates)
        {
            var cpuBefore = cpu.Read();
            var step = await load.RunStepAsync(rate, options.StepDuration, stopping.Token);
            steps.Add(step);
            var (outbox, queued) = (await backlog.OutboxPendingAsync(stopping.Token),
                await backlog.QueuedAsync(stopping.Token));
            // Every step starts on a caught-up platform; how long that took says whether the consumers kept up.
            var drained = await backlog.WaitUntilCaughtUpAsync(TimeSpan.FromMinutes(10), stopping.Token);
            caughtUpAfter[rate] = drained;
            var perPurchase = cpuPerPurchase[rate] = CpuMeter.PerPurchase(cpuBefore, cpu.Read(), step.Succeeded);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step.Row()}  {outbox,7}  {queued,7}  {drained.TotalSeconds,10:F1}{step.ErrorSummary}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"      CPU ms/purchase: {CpuMeter.Format(perPurchase)}; ceiling " +
                $"{Environment.ProcessorCount * 1000 / perPurchase[CpuMeter.Machine]:F0}/s"));
            if (step.Achieved < 0.5 * rate)
            {
                Console.WriteLine("    under half the offered rate: higher rates skipped");
                break;
            }
        }

        Console.WriteLine("==> stop the stack");
    }

    var best = steps.Where(s => s.IsSustained(options.P99BoundMs)).MaxBy(s => s.OfferedRate);
    Console.WriteLine(best is null
        ? $"No step was sustained (achieved >= 95% of offered, p99 < {options.P99BoundMs} ms)."
        : string.Create(CultureInfo.InvariantCulture,
            $"Highest sustained rate: {best.OfferedRate}/s offered, {best.Achieved:F1} purchases/s achieved, p99 " +
            $"{best.P99Ms:F0} ms (criterion: achieved >= 95% of offered, p99 < {options.P99BoundMs} ms)"));

    // The whole platform kept up: the step was sustained and its events were all handled within 10 s of its end.
    var keptUp = steps.Where(s => s.IsSustained(options.P99BoundMs)
        && caughtUpAfter.GetValueOrDefault(s.OfferedRate) <= TimeSpan.FromSeconds(10)).MaxBy(s => s.OfferedRate);
    Console.WriteLine(keptUp is null
        ? "At no step did every service keep up (events all handled within 10 s of the step's end)."
        : string.Create(CultureInfo.InvariantCulture,
            $"Highest rate every service kept up with: {keptUp.OfferedRate}/s (p50 {keptUp.P50Ms:F0} ms, p99 " +
            $"{keptUp.P99Ms:F0} ms; events all handled within 10 s of the step's end)"));

    var pgbench = PgBench.FindBinary();
    if (pgbench is null)
    {
        Console.WriteLine(
            "pgbench not found (looked in /usr/lib/postgresql/*/bin and on PATH): no database comparison.");
        return 0;
    }

    // The platform's client concurrency at its best step (Little's law), as pgbench clients; at most 100, so an
    // overloaded step cannot ask for more connections than the server allows (max_connections 300).
    var reference = best ?? steps[0];
    var clients = Math.Clamp((int)Math.Ceiling(reference.MeanInFlight), 1, 100);
    Console.WriteLine(
        $"==> pgbench ({pgbench}): pgbench/purchase.sql in scratch database {PgBench.Database}, {clients} clients " +
        $"(the mean in flight at {reference.OfferedRate}/s), {options.StepDuration.TotalSeconds:F0} s");
    var postgres = ProcessCpu.ListeningOn(settings.PostgresPort);
    var (postgresBefore, machineBefore) = (postgres is { } pid ? ProcessCpu.ReadTable().TreeSeconds(pid) : double.NaN,
        ProcessCpu.MachineBusySeconds());
    var database = await PgBench.RunAsync(pgbench, settings, clients, options.Members,
        options.StepDuration, stopping.Token);
    var postgresPerTransaction = (ProcessCpu.ReadTable().TreeSeconds(postgres ?? 0) - postgresBefore)
        * 1000 / database.Transactions;
    var machinePerTransaction = (ProcessCpu.MachineBusySeconds() - machineBefore) * 1000 / database.Transactions;
    Console.WriteLine($"    {database}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    CPU ms/transaction: postgres {postgresPerTransaction:F1}  machine {machinePerTransaction:F1} " +
        $"(pgbench itself included)"));

    // What the servers alone cost a purchase bounds the platform, whatever the gateway and the services cost.
    if (cpuPerPurchase.TryGetValue(reference.OfferedRate, out var costs) && costs.TryGetValue(CpuMeter.PostgreSql,
        out var postgresMs) && costs.TryGetValue(CpuMeter.RabbitMq, out var rabbitMs))
    {
        var ceiling = Environment.ProcessorCount * 1000 / (postgresMs + rabbitMs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"At {reference.OfferedRate}/s PostgreSQL and RabbitMQ alone spent {postgresMs + rabbitMs:F1} ms of " +
            $"CPU per purchase ({postgresMs:F1} + {rabbitMs:F1}): on {Environment.ProcessorCount} cores no more than " +
            $"{ceiling:F0} purchases/s, a ratio of at most {ceiling / database.Tps:F2}, even if the gateway, the " +
            $"services and this driver cost nothing."));
    }

    Console.WriteLine(best is null
        ? "No sustained platform rate to compare."
        : string.Create(CultureInfo.InvariantCulture,
            $"Platform sustained {best.Achieved:F1} purchases/s ÷ pgbench {database.Tps:F1} TPS at {clients} clients " +
            $"= {best.Achieved / database.Tps:F3}"));
    return 0;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    Console.WriteLine("Interrupted; the stack is stopped.");
    return 130;
}
catch (Exception ex) when (
    ex is InvalidOperationException or TimeoutException or HttpRequestException or NpgsqlException)
{
    Console.Error.WriteLine($"Failed: {ex.Message}");
    return 1;
}
