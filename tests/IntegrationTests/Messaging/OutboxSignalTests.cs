using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>
/// The dispatcher is woken by new outbox rows only. Once it was also woken by its own commits (marking rows
/// published), and every idle service spun through empty batches at 15–30% of a core.
/// </summary>
public class OutboxSignalTests
{
    [Fact]
    public async Task Added_rows_wake_the_dispatcher_once_durable_and_marking_them_published_does_not()
    {
        await using var database = new TestDatabase("it_outbox_signal");
        var signal = new OutboxSignal();
        var options = new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(database.ConnectionString)
            .AddInterceptors(new OutboxSaveChangesInterceptor(signal)).Options;
        await using var db = new TestDbContext(options);
        await db.Database.EnsureCreatedAsync();
        var outbox = new IntegrationEventOutbox<TestDbContext>(db, TimeProvider.System);

        // Inside a transaction: not yet on SaveChanges, only on the commit.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            outbox.Add(new PointsGrantRequested(Guid.NewGuid(), Guid.NewGuid(), 10, "test", "test", "test")
                { OccurredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
            await transaction.CommitAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        // What the dispatcher does with the row: update it in its own transaction. No wake-up.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            (await db.Set<OutboxMessage>().SingleAsync()).PublishedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        // Without an explicit transaction, the SaveChanges that adds a row is the commit.
        outbox.Add(new PointsGrantRequested(Guid.NewGuid(), Guid.NewGuid(), 10, "test", "test", "test")
            { OccurredAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Rows_the_bulk_writer_copies_wake_the_dispatcher_when_their_transaction_commits()
    {
        await using var database = new TestDatabase("it_outbox_bulk_signal");
        var signal = new OutboxSignal();
        var options = new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(database.ConnectionString)
            .AddInterceptors(new OutboxSaveChangesInterceptor(signal)).Options;
        await using var db = new TestDbContext(options);
        await db.Database.EnsureCreatedAsync();
        var events = Enumerable.Range(0, 3).Select(_ =>
            new PointsGrantRequested(Guid.NewGuid(), Guid.NewGuid(), 10, "test", "test", "test")
                { OccurredAt = DateTimeOffset.UtcNow });

        // Outside a transaction nothing would commit them with a state change: refused.
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => OutboxBulkWriter.WriteAsync(db, events, DateTimeOffset.UtcNow, CancellationToken.None));

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await OutboxBulkWriter.WriteAsync(db, events, DateTimeOffset.UtcNow, CancellationToken.None);
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
            await transaction.CommitAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(3, await db.Set<OutboxMessage>().CountAsync());
    }
}
