using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.IntegrationTests.Support;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Microsoft.EntityFrameworkCore;
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

        public PointsExpiry Expiry => new(Db, Outbox, Posting, clock, Options.Create(new ExpiryOptions()));

        private IIntegrationEventOutbox Outbox => new IntegrationEventOutbox<PointsDbContext>(Db, clock);

        public async Task InAccountTransactionAsync(Guid memberId, Func<PointsAccount, Task> change)
        {
            await using var transaction = await Db.Database.BeginTransactionAsync();
            await change((await Posting.LockAccountAsync(memberId, CancellationToken.None))!);
            await Db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

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

        // 100 points on 10 Jan (expire 10 Jan 2027), 50 on 10 Mar (expire 10 Mar 2027); then 30 spent: from the January lot.
        await Step(s => s.InAccountTransactionAsync(memberId, a => s.Posting.GrantAsync(a, 100, "test", "t:1", CancellationToken.None)));
        clock.Advance(TimeSpan.FromDays(59));
        await Step(s => s.InAccountTransactionAsync(memberId, a => s.Posting.GrantAsync(a, 50, "test", "t:2", CancellationToken.None)));
        await Step(s => s.InAccountTransactionAsync(memberId, a => s.Posting.DeductAsync(a, 30, "redemption", "t:3", CancellationToken.None)));
        await Step(async s => Assert.Equal(new long[] { 70, 50 }, await s.Db.Lots.OrderBy(l => l.ExpiresAt).Select(l => l.Remaining).ToArrayAsync()));

        // 15 Dec: the January lot expires within 30 days → one warning, and only one however often the job runs.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 2, 0, 0, TimeSpan.Zero));
        await Step(async s => Assert.Equal(1, await s.Expiry.AnnounceExpiringSoonAsync(CancellationToken.None)));
        await Step(async s => Assert.Equal(0, await s.Expiry.AnnounceExpiringSoonAsync(CancellationToken.None)));
        await Step(async s => Assert.Equal(0, await s.Expiry.ExpireDueLotsAsync(CancellationToken.None))); // nothing due yet

        // 11 Jan 2027: the January lot's 70 remaining points expire; the March lot is untouched.
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 11, 2, 0, 0, TimeSpan.Zero));
        await Step(async s => Assert.Equal(1, await s.Expiry.ExpireDueLotsAsync(CancellationToken.None)));
        await Step(async s => Assert.Equal(0, await s.Expiry.ExpireDueLotsAsync(CancellationToken.None)));

        await Step(async s =>
        {
            Assert.Equal(50, (await s.Db.Accounts.SingleAsync()).Balance);
            var expiryEntry = await s.Db.Ledger.SingleAsync(e => e.Reason == PointsExpiry.Reason);
            Assert.Equal((-70L, 50L), (expiryEntry.Points, expiryEntry.BalanceAfter));
            var events = await s.Db.Set<OutboxMessage>().OrderBy(m => m.Sequence).Select(m => new { m.EventType, m.Payload }).ToListAsync();
            var soon = JsonDocument.Parse(events.Single(e => e.EventType.EndsWith(".PointsExpiringSoon", StringComparison.Ordinal)).Payload).RootElement;
            Assert.Equal(70, soon.GetProperty("points").GetInt64());
            Assert.Equal(new DateTimeOffset(2027, 1, 10, 2, 0, 0, TimeSpan.Zero), soon.GetProperty("expiresAt").GetDateTimeOffset());
            var expired = JsonDocument.Parse(events.Single(e => e.EventType.EndsWith(".PointsExpired", StringComparison.Ordinal)).Payload).RootElement;
            Assert.Equal((70L, 50L), (expired.GetProperty("points").GetInt64(), expired.GetProperty("balanceAfter").GetInt64()));
        });
    }
}
