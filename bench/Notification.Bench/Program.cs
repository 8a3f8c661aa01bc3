using System.Diagnostics;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Domain.Copies;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Infrastructure.Providers;
using Loyalty.Notification.Api.Jobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

// Notification dispatch benchmark on the real servers (deploy/servers.sh up first):
//   dotnet run -c Release --project bench/Notification.Bench -- [messages=10000] [dispatchers=2]
// Seeds that many members with marketing WeChat consent in a fresh bench_* database, takes in one marketing
// request each through the service's intake (rendering, consent, dedupe; 100 per transaction, 4 transactions at
// once as the consumer's concurrent deliveries would), then times the
// dispatcher rounds (several at once, sharing the work with FOR UPDATE SKIP LOCKED) that check consent and the
// Redis caps, send through the local capture provider and record status + NotificationSent in the outbox.
// Quiet hours are switched off so the figure does not depend on the time of day.
var messages = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
var dispatchers = args.Length > 1 && int.TryParse(args[1], out var d) ? d : 2;
var pgPort = Environment.GetEnvironmentVariable("PG_PORT") ?? "25432";
var redisPort = Environment.GetEnvironmentVariable("REDIS_PORT") ?? "26379";
var database = $"bench_notif_{Guid.NewGuid():N}";
var connectionString =
    $"Host=127.0.0.1;Port={pgPort};Username=postgres;Password=postgres;Database={database};Maximum Pool Size=16";
var dbOptions = new DbContextOptionsBuilder<NotificationDbContext>().UseNpgsql(connectionString).Options;

using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redisPort}");
var keyspace = new RedisKeyspace($"loyalty:bench-{Guid.NewGuid():N}:");
var options = Options.Create(
    new NotificationOptions { QuietHoursStart = new TimeOnly(0, 0), QuietHoursEnd = new TimeOnly(0, 0) });
var providerOptions = Options.Create(new ProviderOptions());
var protector = new PersonalDataProtector(new EphemeralDataProtectionProvider());
var clock = TimeProvider.System;

try
{
    await using (var db = new NotificationDbContext(dbOptions))
    {
        await db.Database.MigrateAsync();
        var now = clock.GetUtcNow();
        var phone = protector.Protect("13900000000");
        foreach (var chunk in Enumerable.Range(0, messages).Chunk(2000))
        {
            foreach (var i in chunk)
            {
                var id = Guid.CreateVersion7();
                db.Members.Add(MemberContact.From(id, $"会员{i}", phone, "SH-JINGAN-01", now));
                db.Consents.Add(MemberConsent.From(id, Channel.WeChat, ConsentPurpose.Marketing, granted: true, now));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    List<Guid> memberIds;
    await using (var db = new NotificationDbContext(dbOptions))
    {
        memberIds = await db.Members.Select(m => m.MemberId).ToListAsync();
    }

    Console.WriteLine($"Notification benchmark: {messages} marketing messages to consenting members, {dispatchers} " +
        $"dispatchers, {Environment.ProcessorCount} cores, PostgreSQL :{pgPort}, Redis :{redisPort}");

    var intake = Stopwatch.StartNew();
    await Parallel.ForEachAsync(memberIds.Chunk(100),
        new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (chunk, _) =>
    {
        await using var db = new NotificationDbContext(dbOptions);
        var accept = new QueueNotification(db, new IntegrationEventOutbox<NotificationDbContext>(db, clock), clock,
            protector, new DispatchSignal(), options);
        foreach (var memberId in chunk)
        {
            await accept.HandleAsync(new NotificationRequested(Guid.CreateVersion7(), memberId, Channel.WeChat,
                ConsentPurpose.Marketing, "coupon-issued",
                new Dictionary<string, string> { ["couponValue"] = "80", ["expiryDate"] = "2026-12-31",
                    ["couponCode"] = "BENCH-7Q4M" },
                "bench:coupon-issued", null) { OccurredAt = clock.GetUtcNow() }, CancellationToken.None);
        }

        await db.SaveChangesAsync();
    });

    intake.Stop();
    Console.WriteLine($"  intake:   {messages} requests rendered and queued in {intake.Elapsed.TotalSeconds:F2} s " +
        $"({messages / intake.Elapsed.TotalSeconds:F0}/s, 100 per transaction, 4 at once)");

    var dispatch = Stopwatch.StartNew();
    var rounds = 0;
    await Task.WhenAll(Enumerable.Range(0, dispatchers).Select(_ => Task.Run(async () =>
    {
        while (true)
        {
            await using var db = new NotificationDbContext(dbOptions);
            var round = new DispatchDueMessages(db, new IntegrationEventOutbox<NotificationDbContext>(db, clock), clock,
                new FrequencyCap(redis, keyspace),
                new ProviderSelector([new LocalCaptureProvider()], providerOptions), protector, options,
                NullLogger<DispatchDueMessages>.Instance);
            if (await round.HandleAsync(CancellationToken.None) == 0)
            {
                return;
            }

            Interlocked.Increment(ref rounds);
        }
    })));
    dispatch.Stop();

    await using (var db = new NotificationDbContext(dbOptions))
    {
        var delivered = await db.Messages.CountAsync(m => m.Status == MessageStatus.Delivered);
        var sentEvents = await db.Set<OutboxMessage>()
            .CountAsync(m => m.EventType == "Loyalty.Contracts.Notification.NotificationSent");
        Console.WriteLine($"  dispatch: {delivered} delivered ({sentEvents} NotificationSent staged) in " +
            $"{dispatch.Elapsed.TotalSeconds:F2} s, {rounds} rounds " +
            $"→ {delivered / dispatch.Elapsed.TotalSeconds:F0} messages/s");
        if (delivered != messages || sentEvents != messages)
        {
            Console.WriteLine("  MISMATCH: every message should be delivered exactly once");
            return 1;
        }
    }

    return 0;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await using var admin =
        new NpgsqlConnection($"Host=127.0.0.1;Port={pgPort};Username=postgres;Password=postgres;Database=postgres");
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}
