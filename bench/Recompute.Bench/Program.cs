using System.Diagnostics;
using Loyalty.Bench.Shared;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using static Loyalty.Segmentation.Engine.Numerics.RandomDraws;

// Segmentation's nightly recompute on the real PostgreSQL (deploy/servers.sh up first):
//   dotnet run -c Release --project bench/Recompute.Bench -- [members=100000]
// Fills a fresh, migrated Segmentation database with members (profile, points) and their purchases over two years
// (binary COPY), drawn from the BG/NBD story with Gamma-Gamma spend so that the models have something sound to fit,
// then times the service's own FullRecompute: the first run (every member enters their segments: one SegmentEntered
// each, written to the outbox), the next day's run (few changes), a rule segment's preview and save, the model refit
// (BG/NBD, MBG/NBD, Pareto/NBD, each also on the held-out period, and Gamma-Gamma) and a run that also predicts.
var members = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
await using var scratch = await ScratchDatabase.CreateAsync("bench_recompute");
var options = new DbContextOptionsBuilder<SegmentationDbContext>()
    .UseNpgsql($"{scratch.ConnectionString};Command Timeout=600").Options;
await using (var db = new SegmentationDbContext(options))
{
    await db.Database.MigrateAsync();
}

var clock = new BenchClock(new DateTimeOffset(2026, 11, 23, 19, 0, 0, TimeSpan.Zero)); // 03:00 on 24 Nov in Shanghai
var stopwatch = Stopwatch.StartNew();
var purchases = await FillAsync(scratch.ConnectionString, members, clock.Today);
Console.WriteLine($"Segmentation recompute benchmark: {members:N0} members, {purchases:N0} purchases (loaded in " +
    $"{stopwatch.Elapsed.TotalSeconds:F1} s), {Environment.ProcessorCount} cores, PostgreSQL :{ScratchDatabase.Port}");

async Task<T> Timed<T>(string what, Func<SegmentationDbContext, Task<T>> action, Func<T, string> describe)
{
    await using var db = new SegmentationDbContext(options);
    var watch = Stopwatch.StartNew();
    var result = await action(db);
    Console.WriteLine($"{what,-34} {watch.Elapsed.TotalSeconds,6:F1} s  {describe(result)}");
    return result;
}

ModelInputs Inputs(SegmentationDbContext db) =>
    new(db, Options.Create(new SegmentationOptions()), NullLogger<ModelInputs>.Instance);
FullRecompute Recompute(SegmentationDbContext db) =>
    new(db, clock, Options.Create(new SegmentationOptions()), Inputs(db));
RuleSegments RuleSegmentsIn(SegmentationDbContext db) => new(db, AuditTrail.WithoutRequest(db, clock), clock);
string Describe(RecomputeOutcome o) =>
    $"{o.Scored:N0} scored, {o.Entered:N0} entered, {o.Left:N0} left{(o.Predicted ? ", predicted" : "")}";

await Timed("first recompute (all enter)", db => Recompute(db).RecomputeAsync(CancellationToken.None), Describe);
clock.Now = clock.Now.AddDays(1);
await Timed("next day's recompute", db => Recompute(db).RecomputeAsync(CancellationToken.None), Describe);
var rule = new RuleCriteria { MinAge = 25, MaxAge = 45, Genders = [Loyalty.Contracts.Gender.Female],
    MinSpend = 2000, Tags = ["laser"] };
await Timed("rule segment preview", db => RuleSegmentsIn(db).PreviewAsync(rule, CancellationToken.None),
    c => c is RuleOutcome.Counted counted ? $"{counted.Members:N0} members" : c.ToString());
await Timed("rule segment save",
    db => RuleSegmentsIn(db).CreateAsync("bench-laser-women", "Bench", rule, CancellationToken.None),
    s => s is RuleOutcome.Saved saved ? $"{saved.Size:N0} members" : s.ToString());
await Timed("model refit",
    db => new ModelRefit(db, clock, Inputs(db), Options.Create(new SegmentationOptions()))
        .RefitAsync(CancellationToken.None),
    o => o.Fit.Accepted
        ? $"accepted: {o.Fit.ChosenModel} ({o.Fit.Choice}); " + string.Join(" ", o.Fit.Chosen!.Fit.Parameters
            .Concat(o.Fit.Report.Spend.Fit.Parameters).Select(p => $"{p.Name} {p.Value:G4} ± {p.StandardError:G2}"))
        : $"refused: {o.Fit.Refusal}");
await Timed("recompute with predictions", db => Recompute(db).RecomputeAsync(CancellationToken.None), Describe);
await using (var db = new SegmentationDbContext(options))
{
    Console.WriteLine($"outbox rows written: {await db.Set<OutboxMessage>().CountAsync():N0}; memberships now: " +
        $"{await db.Memberships.CountAsync():N0}");
}

async Task<int> FillAsync(string connectionString, int count, DateOnly today)
{
    var random = new Random(42);
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using (var writer = await connection.BeginBinaryImportAsync(
        """
        COPY members ("Id", "IsRegistered", "Gender", "BirthDate", "Tags", "HomeStoreId", "Tier", "PointsBalance",
            "Purchases", "Spend", "IsVip", "IsPotentialChurn") FROM STDIN (FORMAT BINARY)
        """))
    {
        for (var i = 0; i < count; i++)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(MemberId(i), NpgsqlDbType.Uuid);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean);
            await writer.WriteAsync(i % 3 == 0 ? "Male" : "Female", NpgsqlDbType.Varchar);
            await writer.WriteAsync(new DateOnly(1970 + (i % 35), 1 + (i % 12), 1 + (i % 28)), NpgsqlDbType.Date);
            await writer.WriteAsync(i % 4 == 0 ? new[] { "laser", "skincare" } : ["anti-aging"],
                NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteAsync($"SH-{i % 40:D2}", NpgsqlDbType.Varchar);
            await writer.WriteAsync("Standard", NpgsqlDbType.Varchar);
            await writer.WriteAsync((long)random.Next(0, 20_000), NpgsqlDbType.Bigint);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
            await writer.WriteAsync(0m, NpgsqlDbType.Numeric);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
        }

        await writer.CompleteAsync();
    }

    var purchases = 0;
    await using (var writer = await connection.BeginBinaryImportAsync(
        """COPY purchases ("PurchaseId", "MemberId", "PaidAt", "PaidOn", "Amount", "RefundedAmount") FROM """ +
        """STDIN (FORMAT BINARY)"""))
    {
        for (var i = 0; i < count; i++)
        {
            // One in ten has not bought yet. The others join in the first year and buy at a Gamma(0.5, 5)-distributed
            // weekly rate, leaving after each repeat purchase with a Beta(1, 3)-distributed probability (most buy once
            // or twice, a few often); each spends around her own Gamma(4)-distributed mean (about 1,000 CNY). Days drawn
            // uniformly, as before, gave the models nothing to fit: the optimum ran to the boundary (issue 22).
            if (i % 10 == 0)
            {
                continue;
            }

            var (rate, dropout, meanSpend) = (Gamma(random, 0.5) / 5, Beta(random, 1, 3), Gamma(random, 4) * 250);
            var bought = 0;
            for (var day = random.NextDouble() * 365; day <= 730;
                 day += -Math.Log(1 - random.NextDouble()) / rate * 7)
            {
                var paidOn = today.AddDays(-(730 - (int)day));
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(MemberId(i), NpgsqlDbType.Uuid);
                await writer.WriteAsync(new DateTimeOffset(paidOn.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero),
                    NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(paidOn, NpgsqlDbType.Date);
                await writer.WriteAsync(Math.Round((decimal)(Gamma(random, 6) * meanSpend / 6) + 1, 2),
                    NpgsqlDbType.Numeric);
                await writer.WriteAsync(0m, NpgsqlDbType.Numeric);
                purchases++;
                if (++bought > 1 && random.NextDouble() < dropout)
                {
                    break; // BG/NBD: she may leave after a repeat purchase, never right after the first
                }
            }
        }

        await writer.CompleteAsync();
    }

    await using var analyze = new NpgsqlCommand("ANALYZE", connection);
    await analyze.ExecuteNonQueryAsync();
    return purchases;
}

static Guid MemberId(int i) => new($"00000000-0000-0000-0000-{i:D12}");


/// <summary>A clock the benchmark moves by hand.</summary>
internal sealed class BenchClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public DateOnly Today => Loyalty.BuildingBlocks.Time.ClinicTime.DateOf(Now);

    public override DateTimeOffset GetUtcNow() => Now;
}
