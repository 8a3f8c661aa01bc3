using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Campaign;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.IntegrationTests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>The event contract as a partner with a plain AMQP client sees it, on a fresh virtual host.</summary>
public class EventContractTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 2, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task Money_in_every_money_event_is_a_JSON_number_on_the_wire_and_the_events_are_at_schema_version_2()
    {
        await using var host = await MessagingHost.StartAsync();
        await using var queue = await RawQueue.BindAsync(
            host.VirtualHost, "bi.money-events", "loyalty.purchase-recorded", "loyalty.purchase-refunded",
            "loyalty.member-tier-changed", "loyalty.coupon-redeemed");
        var (member, purchase) = (Guid.NewGuid(), Guid.NewGuid());
        IntegrationEvent[] events =
        [
            new PurchaseRecorded(purchase, "POS-1", member, "SH-JINGAN-01", 6860.00m,
                [new PurchaseItem("INJ-HA-1ML", "injectables", 1, 4980.00m)], At)
            {
                OccurredAt = At,
            },
            new PurchaseRefunded(Guid.NewGuid(), purchase, "POS-1", member, "SH-JINGAN-01", 300.00m, false, At)
                { OccurredAt = At },
            new MemberTierChanged(member, Tier.Silver, Tier.Gold, "spend-threshold", 52800.00m) { OccurredAt = At },
            // As an outbox row written before the upgrade: it goes out in today's shape and says so.
            new CouponRedeemed(Guid.NewGuid(), member, null, "POS-1", "SH-JINGAN-01", 500.00m)
                { OccurredAt = At, SchemaVersion = 1 },
        ];
        await host.WithDbAsync(async (db, services) =>
        {
            var outbox = services.GetRequiredService<IIntegrationEventOutbox>();
            foreach (var integrationEvent in events)
            {
                outbox.Add(integrationEvent);
            }

            return await db.SaveChangesAsync();
        });

        var money = new Dictionary<string, string>();
        for (var i = 0; i < events.Length; i++)
        {
            var message = (await queue.NextAsync(TimeSpan.FromSeconds(15))).Envelope.GetProperty("message");
            Assert.Equal(2, message.GetProperty("schemaVersion").GetInt32());
            foreach (var field in new[] { "amount", "refundAmount", "rollingSpend", "discountAmount" })
            {
                if (message.TryGetProperty(field, out var value))
                {
                    Assert.Equal(JsonValueKind.Number, value.ValueKind);
                    money[field] = value.GetRawText();
                }
            }

            if (message.TryGetProperty("items", out var items))
            {
                Assert.Equal(JsonValueKind.Number, items[0].GetProperty("amount").ValueKind);
                money["items[0].amount"] = items[0].GetProperty("amount").GetRawText();
            }
        }

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["amount"] = "6860.00", ["items[0].amount"] = "4980.00", ["refundAmount"] = "300.00",
                ["rollingSpend"] = "52800.00", ["discountAmount"] = "500.00",
            },
            money);
    }

    [Fact]
    public async Task An_event_published_in_the_old_shape_with_money_as_a_string_is_still_consumed()
    {
        await using var host = await MessagingHost.StartAsync();
        var eventId = Guid.NewGuid();
        var body = JsonSerializer.Serialize(new
        {
            messageId = eventId,
            messageType = new[] { "urn:message:Loyalty.Contracts.Campaign:CouponRedeemed",
                "urn:message:Loyalty.Contracts:IntegrationEvent" },
            message = new
            {
                couponId = Guid.NewGuid(), memberId = Guid.NewGuid(),
                campaignId = (Guid?)null, externalOrderId = "POS-1",
                storeId = "SH-XUHUI-02", discountAmount = "500.10", eventId, occurredAt = At, schemaVersion = 1,
            },
        });

        Assert.True(await host.Rabbit.PublishAsync(host.VirtualHost, "loyalty.coupon-redeemed", body,
            "application/vnd.masstransit+json"));

        await Eventually.HoldsAsync(
            () => host.WithDbAsync((db, _) => db.Deliveries.AnyAsync(d => d.EventId == eventId && d.Amount == 500.10m)),
            TimeSpan.FromSeconds(15), "the version-1 CouponRedeemed was consumed with its discount");
    }

    [Fact]
    public async Task On_a_fresh_broker_every_event_exchange_exists_bound_to_the_integration_event_exchange_before_any_event_is_published()
    {
        await using var host = await MessagingHost.StartAsync();
        var expected = IntegrationEventTypes.All.Select(LoyaltyEntityNameFormatter.For).Order().ToList();

        await Eventually.HoldsAsync(
            async () => expected.All((await host.Rabbit.ExchangesAsync(host.VirtualHost)).Contains),
            TimeSpan.FromSeconds(15), "every event exchange declared");
        Assert.Equal(expected,
            (await host.Rabbit.SourcesBoundToAsync(host.VirtualHost, "loyalty.integration-event")).Order().ToList());

        // A partner binds its own queue before the first tier change ever happened.
        await using var queue = await RawQueue.BindAsync(host.VirtualHost, "crm.tier-events",
            "loyalty.member-tier-changed");
    }

    [Fact]
    public async Task MassTransit_usage_telemetry_is_off()
    {
        await using var host = await MessagingHost.StartAsync();
        Assert.False(host.Host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    public static TheoryData<string, string> ImpossibleGrants() => new()
    {
        { "empty member id", "memberId is the empty id" },
        { "negative points", "points is negative" },
        { "year 1", "occurredAt is not between 2000-01-01 and 2100-01-01 (ISO 8601 with an offset)" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleGrants))]
    public async Task An_impossible_event_goes_straight_to_the_error_queue_and_nothing_is_stored(
        string impossibility,
        string problem)
    {
        await using var host = await MessagingHost.StartAsync();
        var grant = new PointsGrantRequested(Guid.NewGuid(), Guid.NewGuid(), 50, "bonus", "campaign", "it")
            { OccurredAt = DateTimeOffset.UtcNow };
        grant = impossibility switch
        {
            "empty member id" => grant with { MemberId = Guid.Empty },
            "negative points" => grant with { Points = -50 },
            _ => grant with { OccurredAt = DateTimeOffset.MinValue },
        };

        await host.Host.Services.GetRequiredService<IBus>().Publish(grant);

        await Eventually.HoldsAsync(
            async () => await host.Rabbit.QueueDepthAsync(host.VirtualHost, "it-recording_error") == 1,
            TimeSpan.FromSeconds(15), "the grant is in it-recording_error");
        await using var errors = await RawQueue.OpenAsync(host.VirtualHost, "it-recording_error");
        var (envelope, headers) = await errors.NextAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(grant.EventId, envelope.GetProperty("message").GetProperty("eventId").GetGuid());
        Assert.Equal(typeof(ImpossibleEventException).FullName, RawQueue.Text(headers["MT-Fault-ExceptionType"]));
        Assert.Contains(problem, RawQueue.Text(headers["MT-Fault-Message"]), StringComparison.Ordinal);
        Assert.True(!headers.TryGetValue("MT-Fault-RetryCount", out var retries)
            || RawQueue.Text(retries) == "0", "not retried");
        Assert.Equal(0, await host.WithDbAsync((db, _) => db.Deliveries.CountAsync(d => d.EventId == grant.EventId)));
        Assert.Equal(0,
            await host.WithDbAsync((db, _) => db.Set<InboxMessage>().CountAsync(m => m.EventId == grant.EventId)));
    }
}
