using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.IntegrationTests.Support;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Points;

/// <summary>The expiry job on the real Points schema, with the clock moved by the test.</summary>
public class PointsExpiryTests
{
    private sealed class Session(DbContextOptions<PointsDbContext> options, TimeProvider clock) : IAsyncDisposable
    {
        public PointsDbContext Db { get; } = new(options);

        public PointsPosting Posting => new(Db, Outbox, clock);

        public PointsExpiry Expiry => new(
            Db,
            Outbox,
            new PointsTransactions(Db),
            clock,
            Options.Create(new ExpiryOptions()),
            NullLogger<PointsExpiry>.Instance);

        private IIntegrationEventOutbox Outbox => new IntegrationEventOutbox<PointsDbContext>(Db, clock);

        public Task InAccountTransactionAsync(Guid memberId, Func<PointsAccount, Task> change) =>
            new PointsTransactions(Db).ForMemberAsync(
                memberId, async (account, _) => { await change(account!); return true; }, [], CancellationToken.None);

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    [Fact]
    public async Task Lots_are_spent_first_to_expire_expire_through_a_moved_clock_and_members_are_warned_once()
    {
        await using var database = new TestDatabase("it_expiry");
        var options = new DbContextOptionsBuilder<PointsDbContext>().UseNpgsql(database.ConnectionString).Options;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero));
        var memberId = Guid.NewGuid();
        await using (var setup = new Session(options, clock))
        {
            await setup.Db.Database.MigrateAsync();
            setup.Db.Accounts.Add(PointsAccount.Open(memberId, Tier.Standard, null, clock.GetUtcNow()));
            await setup.Db.SaveChangesAsync();
        }

        async Task Step(Func<Session, Task> action)
        {
            await using var session = new Session(options, clock);
            await action(session);
        }

        // 100 points on 10 Jan (expire 10 Jan 2027), 50 on 10 Mar (expire 10 Mar 2027); then 30 spent: from the
        // January lot.
        await Step(s => s.InAccountTransactionAsync(
            memberId, a => s.Posting.GrantAsync(a, 100, "test", "t:1", CancellationToken.None)));
        clock.Advance(TimeSpan.FromDays(59));
        await Step(s => s.InAccountTransactionAsync(
            memberId, a => s.Posting.GrantAsync(a, 50, "test", "t:2", CancellationToken.None)));
        await Step(s => s.InAccountTransactionAsync(
            memberId, a => s.Posting.DeductAsync(a, 30, "redemption", "t:3", CancellationToken.None)));
        await Step(async s => Assert.Equal(
            new long[] { 70, 50 }, await s.Db.Lots.OrderBy(l => l.ExpiresAt).Select(l => l.Remaining).ToArrayAsync()));

        // 15 Dec: the January lot expires within 30 days → one warning, and only one however often the job runs.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 2, 0, 0, TimeSpan.Zero));
        await Step(async s => Assert.Equal((1, 0), await s.Expiry.AnnounceExpiringSoonAsync(CancellationToken.None)));
        await Step(async s => Assert.Equal((0, 0), await s.Expiry.AnnounceExpiringSoonAsync(CancellationToken.None)));
        // nothing due yet
        await Step(async s => Assert.Equal((0, 0), await s.Expiry.ExpireDueLotsAsync(CancellationToken.None)));

        // 11 Jan 2027: the January lot's 70 remaining points expire; the March lot is untouched.
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 11, 2, 0, 0, TimeSpan.Zero));
        await Step(async s => Assert.Equal((1, 0), await s.Expiry.ExpireDueLotsAsync(CancellationToken.None)));
        await Step(async s => Assert.Equal((0, 0), await s.Expiry.ExpireDueLotsAsync(CancellationToken.None)));

        await Step(async s =>
        {
            Assert.Equal(50, (await s.Db.Accounts.SingleAsync()).Balance);
            var expiryEntry = await s.Db.Ledger.SingleAsync(e => e.Reason == LedgerReasons.Expiry);
            Assert.Equal((-70L, 50L), (expiryEntry.Points, expiryEntry.BalanceAfter));
            var events = await s.Db.Set<OutboxMessage>().OrderBy(m => m.Sequence)
                .Select(m => new { m.EventType, m.Payload }).ToListAsync();
            var soon = JsonDocument.Parse(events.Single(
                e => e.EventType.EndsWith(".PointsExpiringSoon", StringComparison.Ordinal)).Payload).RootElement;
            Assert.Equal(70, soon.GetProperty("points").GetInt64());
            Assert.Equal(
                new DateTimeOffset(2027, 1, 10, 2, 0, 0, TimeSpan.Zero),
                soon.GetProperty("expiresAt").GetDateTimeOffset());
            var expired = JsonDocument.Parse(events.Single(
                e => e.EventType.EndsWith(".PointsExpired", StringComparison.Ordinal)).Payload).RootElement;
            Assert.Equal(
                (70L, 50L), (expired.GetProperty("points").GetInt64(), expired.GetProperty("balanceAfter").GetInt64()));
        });
    }

    [Fact]
    public async Task A_member_whose_lots_cannot_be_added_up_is_skipped_and_counted_and_the_others_expire()
    {
        await using var database = new TestDatabase("it_expiry");
        var options = new DbContextOptionsBuilder<PointsDbContext>().UseNpgsql(database.ConnectionString).Options;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero));
        var (odd, regular) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var setup = new Session(options, clock))
        {
            await setup.Db.Database.MigrateAsync();
            setup.Db.Accounts.AddRange(
                PointsAccount.Open(odd, Tier.Standard, null, clock.GetUtcNow()),
                PointsAccount.Open(regular, Tier.Standard, null, clock.GetUtcNow()));
            await setup.Db.SaveChangesAsync();
        }

        foreach (var (memberId, reference) in new[] { (odd, "t:1"), (odd, "t:2"), (regular, "t:3") })
        {
            await using var session = new Session(options, clock);
            await session.InAccountTransactionAsync(
                memberId, a => session.Posting.GrantAsync(a, 100, "test", reference, CancellationToken.None));
        }

        // Two lots whose remaining points add up past a long (rows written by hand, not by the API).
        await using (var setup = new Session(options, clock))
        {
            await setup.Db.Lots.Where(l => l.MemberId == odd)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.Remaining, long.MaxValue));
        }

        clock.SetUtcNow(new DateTimeOffset(2027, 1, 11, 2, 0, 0, TimeSpan.Zero));
        await using (var session = new Session(options, clock))
        {
            Assert.Equal((1, 1), await session.Expiry.ExpireDueLotsAsync(CancellationToken.None));
        }

        await using (var check = new Session(options, clock))
        {
            var balances = await check.Db.Accounts.ToDictionaryAsync(a => a.MemberId, a => a.Balance);
            Assert.Equal((200L, 0L), (balances[odd], balances[regular]));
            Assert.Equal(
                [regular],
                await check.Db.Ledger.Where(e => e.Reason == LedgerReasons.Expiry)
                    .Select(e => e.MemberId).ToListAsync());
            // rolled back
            Assert.Equal(2, await check.Db.Lots.CountAsync(l => l.MemberId == odd && l.Remaining == long.MaxValue));
        }
    }
}
