using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.IntegrationTests.Support;
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
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Loyalty.IntegrationTests.Notification;

/// <summary>
/// The Notification service's intake and dispatcher on the real schema, the real Redis (caps in a keyspace of
/// its own) and a clock the test moves; the same classes the consumers and the background dispatcher use.
/// </summary>
public sealed class NotificationHarness : IAsyncDisposable
{
    private readonly TestDatabase _database = new("it_notif");
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeyspace _keyspace = new($"loyalty:it-notif-{Guid.NewGuid():N}:");
    private readonly DbContextOptions<NotificationDbContext> _options;
    private readonly IReadOnlyList<INotificationProvider> _providers;

    public NotificationHarness(
        DateTimeOffset start,
        ProviderOptions? providers = null,
        params INotificationProvider[] extraProviders)
    {
        TestServers.RequireRedis();
        _redis = ConnectionMultiplexer.Connect(TestServers.RedisConnectionString);
        _options = new DbContextOptionsBuilder<NotificationDbContext>().UseNpgsql(_database.ConnectionString).Options;
        Clock = new FakeTimeProvider(start);
        ProviderOptions = providers ?? new ProviderOptions();
        _providers = [new LocalCaptureProvider(), .. extraProviders];
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The service's options, with a store directory naming
    /// the harness's default store in both languages.</summary>
    public NotificationOptions Options { get; } = new()
    {
        RetryDelay = TimeSpan.FromSeconds(30),
        Stores = new(StringComparer.OrdinalIgnoreCase)
            { ["SH-JINGAN-01"] = new() { ["zh-CN"] = "静安旗舰店", ["en"] = "Jing'an Flagship Clinic" } },
    };

    public ProviderOptions ProviderOptions { get; }

    public PersonalDataProtector Protector { get; } = new(new EphemeralDataProtectionProvider());

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public NotificationDbContext NewContext() => new(_options);

    public async Task<Guid> AddMemberAsync(
        string storeId = "SH-JINGAN-01",
        string name = "王丽",
        params (Channel Channel, ConsentPurpose Purpose)[] consents)
    {
        var memberId = Guid.NewGuid();
        await using var db = NewContext();
        db.Members.Add(
            MemberContact.From(memberId, name, Protector.Protect("13912345678"), storeId, Clock.GetUtcNow()));
        foreach (var (channel, purpose) in consents)
        {
            db.Consents.Add(MemberConsent.From(memberId, channel, purpose, granted: true, Clock.GetUtcNow()));
        }

        await db.SaveChangesAsync();
        return memberId;
    }

    /// <summary>What the NotificationRequested consumer does (without its inbox row).</summary>
    public async Task AcceptAsync(NotificationRequested request)
    {
        await using var db = NewContext();
        var queue = new QueueNotification(db, new IntegrationEventOutbox<NotificationDbContext>(db, Clock), Clock,
            Protector, new DispatchSignal(),
            Microsoft.Extensions.Options.Options.Create(Options));
        await queue.HandleAsync(request, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public NotificationRequested Request(
        Guid memberId,
        ConsentPurpose purpose,
        string dedupeKey,
        Channel channel = Channel.Sms,
        string template = "coupon-issued",
        Dictionary<string, string>? variables = null) =>
        new(Guid.NewGuid(), memberId, channel, purpose, template,
            variables ?? new Dictionary<string, string> { ["couponValue"] = "80", ["expiryDate"] = "2026-12-31",
                ["couponCode"] = "CPN-7Q4M" },
            dedupeKey, null) { OccurredAt = Clock.GetUtcNow() };

    /// <summary>One dispatcher round, as the background dispatcher runs it.</summary>
    public async Task<int> DispatchAsync()
    {
        await using var db = NewContext();
        var dispatch = new DispatchDueMessages(
            db,
            new IntegrationEventOutbox<NotificationDbContext>(db, Clock),
            Clock,
            new FrequencyCap(_redis, _keyspace),
            new ProviderSelector(_providers, Microsoft.Extensions.Options.Options.Create(ProviderOptions)),
            Protector,
            Microsoft.Extensions.Options.Options.Create(Options),
            NullLogger<DispatchDueMessages>.Instance);
        return await dispatch.HandleAsync(CancellationToken.None);
    }

    public async Task<List<NotificationMessage>> MessagesAsync(Guid memberId)
    {
        await using var db = NewContext();
        return await db.Messages.AsNoTracking().Where(m => m.MemberId == memberId).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<NotificationMessage> MessageAsync(Guid requestId)
    {
        await using var db = NewContext();
        return await db.Messages.AsNoTracking().SingleAsync(m => m.RequestId == requestId);
    }

    /// <summary>The events staged in the outbox for a request, by type name (e.g. "NotificationSent").</summary>
    public async Task<List<string>> EventsForAsync(Guid requestId)
    {
        await using var db = NewContext();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        return rows.Where(r => r.Payload.Contains(requestId.ToString(), StringComparison.Ordinal))
            .Select(r => r.EventType.Split('.')[^1]).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _redis.Dispose();
    }
}
