using System.Diagnostics;
using Loyalty.Bench.Shared;
using System.Text;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Application;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Member import benchmark on the real PostgreSQL (deploy/servers.sh up first):
//   dotnet run -c Release --project bench/Import.Bench -- [rows=100000]
// Generates a CSV like a chain's export (every fifth row with a tier and join date, every hundredth row bad), imports
// it into a fresh, migrated Members database with the service's own ImportMembers, then imports it again (the rerun
// must create nobody). Prints the time and rows/s of both runs.
var rows = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
await using var scratch = await ScratchDatabase.CreateAsync("bench_import");
var options = new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql(scratch.ConnectionString).Options;
await using (var db = new MembersDbContext(options))
{
    await db.Database.MigrateAsync();
}

var csv = Generate(rows);
Console.WriteLine($"Member import benchmark: {rows:N0} rows ({csv.Length / 1024.0 / 1024.0:F1} MiB of CSV), "
    + $"{Environment.ProcessorCount} cores, PostgreSQL :{ScratchDatabase.Port}");
foreach (var run in new[] { "first import", "same file again" })
{
    await using var db = new MembersDbContext(options);
    var stopwatch = Stopwatch.StartNew();
    var outcome = await new ImportMembers(
        db, AuditTrail.WithoutRequest(db, TimeProvider.System), TimeProvider.System, NullLogger<ImportMembers>.Instance)
        .HandleAsync(new MemoryStream(csv), CancellationToken.None);
    stopwatch.Stop();
    if (outcome is not ImportMembers.Outcome.Imported(var report))
    {
        throw new InvalidOperationException(string.Join(" ", ((ImportMembers.Outcome.FileRefused)outcome).Problems));
    }

    Console.WriteLine(
        $"{run,-16} {stopwatch.Elapsed.TotalSeconds,6:F1} s  " +
        $"{report.Rows / stopwatch.Elapsed.TotalSeconds,9:N0} rows/s  " +
        $"created {report.Created:N0}, already members {report.AlreadyMembers:N0}, failed {report.Failed:N0}");
}

byte[] Generate(int count)
{
    var csv = new StringBuilder("phone,name,gender,birthDate,homeStoreId,skinType,interestTags,tier,registeredAt\n");
    for (var i = 0; i < count; i++)
    {
        var birth = i % 100 == 99 ? "1990-02-30" : $"19{70 + i % 30}-{1 + i % 12:D2}-{1 + i % 28:D2}";
        var extra = i % 5 == 0 ? $"金卡,2019-{1 + i % 12:D2}-15" : ",";
        var gender = i % 3 == 0 ? "男" : "女";
        csv.Append($"13{i:D9},会员{i},{gender},{birth},SH-{i % 40:D2},Combination,anti-aging;skincare,{extra}\n");
    }

    return Encoding.UTF8.GetBytes(csv.ToString());
}

