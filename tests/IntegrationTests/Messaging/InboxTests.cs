using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Loyalty.Contracts.Members;
using Loyalty.IntegrationTests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.IntegrationTests.Messaging;

public class InboxTests
{
    [Fact]
    public async Task A_redelivered_event_with_the_same_id_changes_nothing()
    {
        await using var host = await MessagingHost.StartAsync();
        var bus = host.Host.Services.GetRequiredService<IBus>();
        var grant = new PointsGrantRequested(Guid.NewGuid(), Guid.NewGuid(), 50, "test bonus", "campaign", "it")
            { OccurredAt = DateTimeOffset.UtcNow };

        // Two deliveries of one event, as after a publisher crash between publish and mark.
        await bus.Publish(grant);
        await bus.Publish(grant);

        await Eventually.HoldsAsync(() => Task.FromResult(host.Consumes.Consumed(grant.EventId) == 2),
            TimeSpan.FromSeconds(15), "both deliveries consumed");
        Assert.Equal(1, await host.WithDbAsync((db, _) => db.Deliveries.CountAsync(d => d.EventId == grant.EventId)));
        Assert.Equal(1,
            await host.WithDbAsync((db, _) => db.Set<InboxMessage>().CountAsync(m => m.EventId == grant.EventId)));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_commits_nothing_and_ends_in_the_error_queue()
    {
        await using var host = await MessagingHost.StartAsync();
        var bus = host.Host.Services.GetRequiredService<IBus>();
        var qualified = new ReferralQualified(Guid.NewGuid(), Guid.NewGuid(), "ORDER-1")
            { OccurredAt = DateTimeOffset.UtcNow };

        await bus.Publish(qualified);

        await Eventually.HoldsAsync(
            async () => await host.Rabbit.QueueDepthAsync(host.VirtualHost, "it-failing_error") == 1,
            TimeSpan.FromSeconds(30), "the message is in it-failing_error");
        Assert.Equal(3, FailingConsumer.Attempts[qualified.EventId]); // the first try and RetryLimit = 2 retries
        Assert.Equal(0,
            await host.WithDbAsync((db, _) => db.Deliveries.CountAsync(d => d.EventId == qualified.EventId)));
        Assert.Equal(0,
            await host.WithDbAsync((db, _) => db.Set<InboxMessage>().CountAsync(m => m.EventId == qualified.EventId)));
    }
}
