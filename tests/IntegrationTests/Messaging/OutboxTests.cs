using System.Diagnostics;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Loyalty.IntegrationTests.Support;
using Loyalty.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.IntegrationTests.Messaging;

public class OutboxTests
{
    private static PointsGrantRequested NewGrant() =>
        new(Guid.NewGuid(), Guid.NewGuid(), 50, "test bonus", "campaign", "it") { OccurredAt = DateTimeOffset.UtcNow };

    private static Task StageAsync(
        MessagingHost host,
        PointsGrantRequested grant) => host.WithDbAsync(async (db, services) =>
    {
        services.GetRequiredService<IIntegrationEventOutbox>().Add(grant);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_committed_event_is_published_through_RabbitMQ_consumed_and_marked_published()
    {
        await using var host = await MessagingHost.StartAsync();
        var grant = NewGrant();

        await StageAsync(host, grant);

        await Eventually.HoldsAsync(
            () => host.WithDbAsync((db, _) => db.Deliveries.AnyAsync(d => d.EventId == grant.EventId)),
            TimeSpan.FromSeconds(15), "the consumer recorded the event");
        var row = await host.WithDbAsync((db, _) => db.Set<OutboxMessage>().SingleAsync(m => m.Id == grant.EventId));
        Assert.NotNull(row.PublishedAt);
        Assert.Equal(typeof(PointsGrantRequested).FullName, row.EventType);
        Assert.Contains("loyalty.points-grant-requested", await host.Rabbit.ExchangesAsync(host.VirtualHost));
        Assert.Contains("loyalty.integration-event", await host.Rabbit.ExchangesAsync(host.VirtualHost));
    }

    [Fact]
    public async Task An_event_staged_in_a_rolled_back_transaction_is_never_published()
    {
        await using var host = await MessagingHost.StartAsync();
        var grant = NewGrant();

        await host.WithDbAsync(async (db, services) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            services.GetRequiredService<IIntegrationEventOutbox>().Add(grant);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });
        var committed = NewGrant();
        await StageAsync(host, committed);

        // Once the later, committed event has gone through, the rolled-back one would have too.
        await Eventually.HoldsAsync(
            () => host.WithDbAsync((db, _) => db.Deliveries.AnyAsync(d => d.EventId == committed.EventId)),
            TimeSpan.FromSeconds(15), "the committed event was consumed");
        Assert.False(await host.WithDbAsync((db, _) => db.Set<OutboxMessage>().AnyAsync(m => m.Id == grant.EventId)));
        Assert.Equal(0, host.Consumes.Consumed(grant.EventId));
    }

    [Fact]
    public async Task While_the_broker_is_unreachable_events_stay_pending_with_their_error_and_are_retried()
    {
        await using var host = await MessagingHost.StartAsync(brokerOverride: "amqp://guest:guest@127.0.0.1:1/");
        var grant = NewGrant();

        await StageAsync(host, grant);

        await Eventually.HoldsAsync(
            () => host.WithDbAsync((db, _) =>
                db.Set<OutboxMessage>().AnyAsync(m => m.Id == grant.EventId && m.Attempts >= 2)),
            TimeSpan.FromSeconds(20), "the dispatcher tried twice");
        var row = await host.WithDbAsync((db, _) =>
            db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == grant.EventId));
        Assert.Null(row.PublishedAt);
        Assert.False(string.IsNullOrEmpty(row.LastError));
        Assert.NotNull(row.NextAttemptAt);
    }

    [Fact]
    public async Task The_trace_and_correlation_id_of_the_request_reach_the_consumer_through_the_broker()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var requestSource = new ActivitySource("Loyalty.IntegrationTests.Request");
        await using var host = await MessagingHost.StartAsync();
        var grant = NewGrant();

        ActivityTraceId requestTrace;
        using (var request = requestSource.StartActivity("POST /api/members", ActivityKind.Server)!)
        {
            request.SetBaggage(CorrelationIds.BaggageKey, "pos-checkout-7781");
            requestTrace = request.TraceId;
            await StageAsync(host, grant);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(host.Consumes.Consumed(grant.EventId) == 1),
            TimeSpan.FromSeconds(15), "the event was consumed");
        var (consumerTrace, correlationId) = host.Consumes.ContextOf(grant.EventId);
        Assert.Equal(requestTrace, consumerTrace);
        Assert.Equal("pos-checkout-7781", correlationId);
    }
}
