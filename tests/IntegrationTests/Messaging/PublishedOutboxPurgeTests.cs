using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>
/// Published outbox rows keep events' JSON (personal data among it): they go after Outbox:KeepPublishedDays.
/// </summary>
public class PublishedOutboxPurgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Rows_published_longer_ago_than_the_days_kept_are_deleted_and_pending_ones_never()
    {
        await using var database = new TestDatabase("it_outbox_purge");
        await using var db = new TestDbContext(
            new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(database.ConnectionString).Options);
        await db.Database.EnsureCreatedAsync();
        var old = Row(publishedAt: Now.AddDays(-8));
        var recent = Row(publishedAt: Now.AddDays(-6));
        var pending = Row(publishedAt: null);
        db.AddRange(old, recent, pending);
        await db.SaveChangesAsync();

        var deleted = await PublishedOutboxPurge<TestDbContext>.DeleteOlderAsync(db, Now, 7, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(
            new[] { recent.Id, pending.Id }.Order(),
            (await db.Set<OutboxMessage>().Select(m => m.Id).ToListAsync()).Order());
    }

    private static OutboxMessage Row(DateTimeOffset? publishedAt)
    {
        var row = OutboxMessage.For(
            new PointsGrantRequested(Guid.NewGuid(), Guid.NewGuid(), 10, "test", "test", "test")
            {
                OccurredAt = Now.AddDays(-10),
            },
            Now.AddDays(-10));
        row.PublishedAt = publishedAt;
        return row;
    }
}
