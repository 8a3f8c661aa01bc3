using System.Diagnostics;
using Loyalty.Bench.Shared;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

// Campaign run benchmark on the real PostgreSQL (deploy/servers.sh up first):
//   dotnet run -c Release --project bench/Campaign.Bench -- [members=100000]
// Fills a fresh, migrated Campaign database with members spread over the three lifecycle segments, then runs a campaign
// over all of them with the service's own RunCampaign (10 % holdout, a coupon, bonus points and a message per treated
// member, a budget split by segment), then runs it again (the repeat must issue nothing). Prints both times.
var members = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
await using var scratch = await ScratchDatabase.CreateAsync("bench_campaign");
var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(scratch.ConnectionString).Options;
await using (var db = new CampaignDbContext(options))
{
    await db.Database.MigrateAsync();
}

var now = DateTimeOffset.UtcNow;
await SeedAsync(scratch.ConnectionString, members, now);
var campaignId = Guid.CreateVersion7();
await using (var db = new CampaignDbContext(options))
{
    var template = CouponTemplate.Create(
        Guid.CreateVersion7(), new CouponTemplateDefinition(
            "双11 200 减 80", CouponKind.AmountOff, 80m, Threshold: 200m, ValidDays: 7), now);
    db.CouponTemplates.Add(template);
    var campaign = MarketingCampaign.Create(
        campaignId,
        new CampaignDefinition(
            "Double 11", CampaignTrigger.Schedule, AllMembers: true, CouponTemplateId: template.Id, BonusPoints: 100,
            MessageTemplate: "coupon-issued", HoldoutPercent: 10, Budget: 100_000_000m),
        now);
    campaign.Activate();
    db.Campaigns.Add(campaign);
    db.BudgetShares.AddRange(BudgetSplit.Shares(campaignId, 100_000_000m, BudgetSplit.Default));
    await db.SaveChangesAsync();
}

Console.WriteLine($"Campaign run benchmark: {members:N0} members, {Environment.ProcessorCount} cores, PostgreSQL " +
    $":{ScratchDatabase.Port}");
var settings = Options.Create(new CampaignOptions());
foreach (var run in new[] { "first run", "repeated run" })
{
    await using var db = new CampaignDbContext(options);
    var stopwatch = Stopwatch.StartNew();
    var result = await new RunCampaign(
        db, new CampaignExecutor(db, TimeProvider.System, settings), TimeProvider.System, settings)
        .RunAsync(campaignId, RunCampaign.OneOffRunKey, CancellationToken.None);
    stopwatch.Stop();
    Console.WriteLine(
        $"{run,-13} {stopwatch.Elapsed.TotalSeconds,6:F1} s  " +
        $"{members / stopwatch.Elapsed.TotalSeconds,9:N0} members/s  " +
        $"treated {result.Treated:N0}, holdout {result.Holdout:N0}, already done {result.AlreadyDone:N0}");
}

await using (var db = new CampaignDbContext(options))
{
    Console.WriteLine($"coupons {await db.Coupons.CountAsync():N0}, outbox events " +
        $"{await db.Set<Loyalty.BuildingBlocks.Messaging.OutboxMessage>().CountAsync():N0}");
}

async Task SeedAsync(string connectionString, int count, DateTimeOffset now)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
    await using (var writer = await connection.BeginBinaryImportAsync(
        """COPY members ("MemberId", "HomeStoreId", "BirthMonth", "RegisteredAt") FROM STDIN (FORMAT BINARY)"""))
    {
        for (var i = 0; i < count; i++)
        {
            await writer.WriteRowAsync(
                CancellationToken.None, ids[i], $"SH-{i % 40:D2}", 1 + (i % 12), now.AddDays(-i % 900));
        }

        await writer.CompleteAsync();
    }

    await using (var writer = await connection.BeginBinaryImportAsync(
        """COPY segment_memberships ("MemberId", "SegmentCode", "IsMember", "ChangedAt") FROM STDIN (FORMAT BINARY)"""))
    {
        for (var i = 0; i < count; i++)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid);
            await writer.WriteAsync(BudgetSplit.LifecycleCodes[i % 3], NpgsqlDbType.Varchar);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    await using var analyze = new NpgsqlCommand("ANALYZE", connection);
    await analyze.ExecuteNonQueryAsync();
}

