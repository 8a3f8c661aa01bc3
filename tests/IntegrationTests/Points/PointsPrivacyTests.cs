using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Privacy;
using Loyalty.IntegrationTests.Support;
using Loyalty.Points.Api.Apis;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Points;

/// <summary>
/// Points' part of issue 20 on the real schema: the export part a member's request gets, and an erasure that clears
/// her birth date but keeps the books (revenue and points liability do not move, her old order still refunds), once.
/// </summary>
public class PointsPrivacyTests
{
    private static readonly DateOnly BirthDate = new(1990, 5, 20);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    private sealed class Session(DbContextOptions<PointsDbContext> options, TimeProvider clock) : IAsyncDisposable
    {
        public PointsDbContext Db { get; } = new(options);

        public RecordPurchase RecordPurchase => new(Db, new PointsTransactions(Db), Posting, Outbox, clock);

        public RefundPurchase RefundPurchase => new(Db, new PointsTransactions(Db), Posting, Outbox, clock);

        private PointsPosting Posting => new(Db, Outbox, clock);

        private IIntegrationEventOutbox Outbox => new IntegrationEventOutbox<PointsDbContext>(Db, clock);

        /// <summary>As a consumer runs its use case: in one transaction that commits what it staged.</summary>
        public Task ConsumeAsync(Func<IIntegrationEventOutbox, Task> work) =>
            Db.RunAsync(async _ => { await work(Outbox); return true; }, CancellationToken.None);

        public Task RegisteredAsync(MemberRegistered registered) =>
            ConsumeAsync(outbox => new OpenAccount(Db, outbox, clock).HandleAsync(registered, CancellationToken.None));

        public Task ExportAsync(MemberDataExportRequested request) => ConsumeAsync(outbox =>
            new ExportMemberData(Db, outbox, clock).HandleAsync(request, CancellationToken.None));

        public Task EraseAsync(MemberErasureRequested request) => ConsumeAsync(outbox =>
            new EraseMember(Db, new PointsTransactions(Db), outbox, clock).HandleAsync(request, CancellationToken.None));

        public Task ProfileUpdatedAsync(MemberProfileUpdated updated) =>
            ConsumeAsync(_ => new FollowMemberProfile(Db).HandleAsync(updated, CancellationToken.None));

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private static async Task<DbContextOptions<PointsDbContext>> MigratedAsync(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<PointsDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var setup = new PointsDbContext(options);
        await setup.Database.MigrateAsync();
        return options;
    }

    private async Task InSessionAsync(DbContextOptions<PointsDbContext> options, Func<Session, Task> work)
    {
        await using var session = new Session(options, _clock);
        await work(session);
    }

    private MemberRegistered Registered(Guid memberId) => new(
        memberId, "13800138000", "王丽", Gender.Female, BirthDate, "SH-JINGAN-01", "REF123", null, Tier.Silver,
        _clock.GetUtcNow())
    {
        OccurredAt = _clock.GetUtcNow(),
    };

    private MemberErasureRequested Erasure(Guid memberId) =>
        new(Guid.NewGuid(), memberId, ErasureGround.MemberRequest, _clock.GetUtcNow())
        {
            OccurredAt = _clock.GetUtcNow(),
        };

    /// <summary>Her account with two purchases (one partly refunded), and a second member's, for the totals.</summary>
    private async Task<(DbContextOptions<PointsDbContext> Options, Guid Member)> MemberWithPurchasesAsync(
        TestDatabase database)
    {
        var options = await MigratedAsync(database);
        var (member, other) = (Guid.NewGuid(), Guid.NewGuid());
        await InSessionAsync(options, s => s.RegisteredAsync(Registered(member)));
        await InSessionAsync(options, s => s.RegisteredAsync(Registered(other)));
        foreach (var (buyer, order, amount) in new[]
                 {
                     (member, "POS-PV-1", 6_860m), (member, "POS-PV-2", 1_880m), (other, "POS-PV-3", 980m),
                 })
        {
            await InSessionAsync(options, async s => Assert.IsType<RecordPurchaseOutcome.Recorded>(
                await s.RecordPurchase.HandleAsync(
                    PurchaseRecording.Example with
                    {
                        ExternalOrderId = order, MemberId = buyer, Amount = amount,
                        Items = [new PurchaseLine("IPL-FACE", "laser", 1, amount)],
                        PaidAt = _clock.GetUtcNow().AddHours(-2),
                    },
                    CancellationToken.None)));
        }

        await InSessionAsync(options, async s => Assert.IsType<RefundPurchaseOutcome.Refunded>(
            await s.RefundPurchase.HandleAsync("POS-PV-2", 880m, null, CancellationToken.None)));
        return (options, member);
    }

    /// <summary>The chain's revenue today (net of refunds) and its points liability, as the dashboard reads them.</summary>
    private async Task<(decimal Revenue, PointsLiability Liability)> KpisAsync(DbContextOptions<PointsDbContext> options)
    {
        await using var db = new PointsDbContext(options);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var days = await db.DailyPurchasesAsync(today.AddDays(-1), today, null, CancellationToken.None);
        var liability = (await PointsApi.GetLiability(db, _clock, CancellationToken.None)).Value!;
        return (days.Sum(d => d.Revenue), liability);
    }

    private static async Task<List<JsonElement>> StagedAsync(DbContextOptions<PointsDbContext> options, string type)
    {
        await using var db = new PointsDbContext(options);
        return (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EventType.EndsWith("." + type))
                .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task An_export_request_gets_one_part_with_her_account_purchases_refunds_and_ledger()
    {
        await using var database = new TestDatabase("it_points_export");
        var (options, member) = await MemberWithPurchasesAsync(database);
        var (request, stranger) = (Guid.NewGuid(), Guid.NewGuid());

        await InSessionAsync(options, s => s.ExportAsync(new MemberDataExportRequested(request, member,
            _clock.GetUtcNow()) { OccurredAt = _clock.GetUtcNow() }));
        await InSessionAsync(options, s => s.ExportAsync(new MemberDataExportRequested(Guid.NewGuid(), stranger,
            _clock.GetUtcNow()) { OccurredAt = _clock.GetUtcNow() }));

        var staged = await StagedAsync(options, nameof(MemberDataExportPartProduced));
        Assert.Equal(2, staged.Count);
        Assert.Equal((request, member, "points"), (staged[0].GetProperty("requestId").GetGuid(),
            staged[0].GetProperty("memberId").GetGuid(), staged[0].GetProperty("service").GetString()));
        var part = JsonDocument.Parse(staged[0].GetProperty("part").GetString()!).RootElement;
        Assert.True(part.GetProperty("known").GetBoolean());
        var account = part.GetProperty("account");
        Assert.Equal("1990-05-20", account.GetProperty("birthDate").GetString());
        Assert.Equal("Silver", account.GetProperty("tier").GetString());
        var purchases = part.GetProperty("purchases").EnumerateArray().ToList();
        Assert.Equal(["POS-PV-1", "POS-PV-2"], purchases.Select(p => p.GetProperty("externalOrderId").GetString()));
        Assert.Equal("laser", purchases[0].GetProperty("lines")[0].GetProperty("category").GetString());
        Assert.Equal(880m, purchases[1].GetProperty("refunds")[0].GetProperty("amount").GetDecimal());
        var ledger = part.GetProperty("ledger").EnumerateArray().ToList();
        Assert.Equal(account.GetProperty("balance").GetInt64(), ledger[^1].GetProperty("balanceAfter").GetInt64());
        Assert.Contains(ledger, e => e.GetProperty("reason").GetString() == "refund-takeback");
        Assert.All(ledger, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("reason").GetString())));
        Assert.StartsWith("积分：余额 ", part.GetProperty("summary").GetString());
        Assert.Contains("购买 2 笔共 ¥8,740.00（退款 ¥880.00）", part.GetProperty("summary").GetString());

        var unknown = JsonDocument.Parse(staged[1].GetProperty("part").GetString()!).RootElement;
        Assert.Equal(stranger, unknown.GetProperty("memberId").GetGuid());
        Assert.False(unknown.GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task Erasure_clears_her_birth_date_keeps_the_books_and_kpis_and_her_old_order_still_refunds()
    {
        await using var database = new TestDatabase("it_points_erase");
        var (options, member) = await MemberWithPurchasesAsync(database);
        await using (var db = new PointsDbContext(options))
        {
            // What the dispatcher published by now; the refund's event is still waiting to go out.
            await db.Set<OutboxMessage>().Where(m => !m.EventType.EndsWith(".PurchaseRefunded"))
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.PublishedAt, _clock.GetUtcNow()));
        }

        var before = await KpisAsync(options);
        var ledgerBefore = await LedgerAsync(options, member);
        var request = Erasure(member);

        await InSessionAsync(options, s => s.EraseAsync(request));

        Assert.Equal(before, await KpisAsync(options));
        Assert.Equal(ledgerBefore, await LedgerAsync(options, member));
        await using (var check = new PointsDbContext(options))
        {
            var account = await check.Accounts.AsNoTracking().SingleAsync(a => a.MemberId == member);
            Assert.Null(account.BirthDate);
            Assert.Equal(2, await check.Purchases.CountAsync(p => p.MemberId == member));
            Assert.Equal(1, await check.Refunds.CountAsync(r => r.MemberId == member));
            var erased = await check.Set<ErasedMember>().SingleAsync();
            Assert.Equal((member, request.RequestId), (erased.MemberId, erased.RequestId));
            // Her published events are gone, the other member's and her unpublished refund are not.
            var outbox = await check.Set<OutboxMessage>().AsNoTracking().ToListAsync();
            Assert.DoesNotContain(outbox, m => m.PublishedAt != null && m.Payload.Contains(member.ToString()));
            Assert.Contains(outbox, m => m.PublishedAt == null && m.EventType.EndsWith(".PurchaseRefunded"));
            Assert.Contains(outbox, m => m.PublishedAt != null && m.EventType.EndsWith(".PurchaseRecorded"));
        }

        var answered = Assert.Single(await StagedAsync(options, nameof(MemberErased)));
        Assert.Equal((request.RequestId, member, "points"), (answered.GetProperty("requestId").GetGuid(),
            answered.GetProperty("memberId").GetGuid(), answered.GetProperty("service").GetString()));

        // The books still work for her: the rest of her first order refunds and nets the revenue.
        await InSessionAsync(options, async s => Assert.IsType<RefundPurchaseOutcome.Refunded>(
            await s.RefundPurchase.HandleAsync("POS-PV-1", null, null, CancellationToken.None)));
        Assert.Equal(before.Revenue - 6_860m, (await KpisAsync(options)).Revenue);
        await using var after = new PointsDbContext(options);
        Assert.Null((await after.Accounts.AsNoTracking().SingleAsync(a => a.MemberId == member)).BirthDate);
    }

    [Fact]
    public async Task A_second_erasure_changes_nothing_and_answers_again_and_late_member_events_bring_nothing_back()
    {
        await using var database = new TestDatabase("it_points_erase_again");
        var (options, member) = await MemberWithPurchasesAsync(database);
        var (first, second) = (Erasure(member), Erasure(member));
        await InSessionAsync(options, s => s.EraseAsync(first));
        var erasedAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromHours(1));
        var before = await KpisAsync(options);

        await InSessionAsync(options, s => s.EraseAsync(second));
        await InSessionAsync(options, s => s.RegisteredAsync(Registered(member)));
        await InSessionAsync(options, s => s.ProfileUpdatedAsync(new MemberProfileUpdated(
            member, "13800138000", "王丽", Gender.Female, BirthDate, null, [], "SH-JINGAN-01")
        {
            OccurredAt = _clock.GetUtcNow(),
        }));

        Assert.Equal(before, await KpisAsync(options));
        var answers = await StagedAsync(options, nameof(MemberErased));
        Assert.Equal([first.RequestId, second.RequestId], answers.Select(a => a.GetProperty("requestId").GetGuid()));
        Assert.All(answers, a => Assert.Equal(erasedAt, a.GetProperty("erasedAt").GetDateTimeOffset()));
        await using var check = new PointsDbContext(options);
        Assert.Null((await check.Accounts.AsNoTracking().SingleAsync(a => a.MemberId == member)).BirthDate);
        Assert.Equal(first.RequestId, (await check.Set<ErasedMember>().SingleAsync()).RequestId);
        Assert.Equal(2, await check.Accounts.CountAsync()); // the redelivered registration opened no second one
    }

    [Fact]
    public async Task A_registration_that_arrives_after_her_erasure_opens_the_books_without_her_birth_date()
    {
        await using var database = new TestDatabase("it_points_erase_early");
        var options = await MigratedAsync(database);
        var member = Guid.NewGuid();

        await InSessionAsync(options, s => s.EraseAsync(Erasure(member)));
        await InSessionAsync(options, s => s.RegisteredAsync(Registered(member)));

        await using var check = new PointsDbContext(options);
        var account = await check.Accounts.AsNoTracking().SingleAsync(a => a.MemberId == member);
        Assert.Equal((Tier.Silver, (DateOnly?)null), (account.Tier, account.BirthDate));
        Assert.Single(await StagedAsync(options, nameof(MemberErased)));
    }

    private static async Task<List<(long Points, string Reason, long BalanceAfter)>> LedgerAsync(
        DbContextOptions<PointsDbContext> options, Guid memberId)
    {
        await using var db = new PointsDbContext(options);
        return (await db.Ledger.AsNoTracking().Where(e => e.MemberId == memberId).OrderBy(e => e.Sequence)
                .Select(e => new { e.Points, e.Reason, e.BalanceAfter }).ToListAsync())
            .Select(e => (e.Points, e.Reason, e.BalanceAfter)).ToList();
    }
}
