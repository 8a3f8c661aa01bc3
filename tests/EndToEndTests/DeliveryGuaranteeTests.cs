using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>The outbox and the inbox, proven on the running platform: nothing
/// lost while RabbitMQ is down, nothing doubled by redelivery.</summary>
[Collection(StackCollection.Name)]
public class DeliveryGuaranteeTests(StackFixture stack)
{
    private const string PendingEventOf = """
        SELECT "Id" FROM outbox_messages WHERE "EventType" = 'Loyalty.Contracts.Members.MemberRegistered'
        AND "Payload"->>'memberId' = @member
        """;

    [Fact]
    public async Task A_member_registered_while_RabbitMQ_is_down_reaches_Points_exactly_once_after_it_is_back()
    {
        using var staff = await stack.ClientAsync("staff");
        await stack.Servers.StopAsync("rabbit");
        Guid memberId;
        try
        {
            memberId = await Registrations.RegisterAsync(staff);

            // The registration committed with its event; the event waits in the outbox.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var eventId = await stack.QueryAsync<Guid>("membersdb", PendingEventOf, ("member", memberId.ToString()));
            Assert.True(await stack.QueryAsync<bool>("membersdb",
                """SELECT "PublishedAt" IS NULL FROM outbox_messages WHERE "Id" = @id""", ("id", eventId)));
            Assert.Equal(HttpStatusCode.NotFound,
                (await staff.GetAsync($"/api/points/accounts/{memberId}")).StatusCode);
        }
        finally
        {
            await stack.Servers.UpAsync("rabbit");
        }

        await Eventually.HoldsAsync(async () =>
            (await staff.GetAsync($"/api/points/accounts/{memberId}")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(120), "Points opened the account once RabbitMQ was back");
        var registeredEvent = await stack.QueryAsync<Guid>("membersdb", PendingEventOf,
            ("member", memberId.ToString()));
        Assert.Equal(1L, await stack.QueryAsync<long>("pointsdb",
            """SELECT count(*) FROM inbox_messages WHERE "EventId" = @id""", ("id", registeredEvent)));
        Assert.Equal(1L, await stack.QueryAsync<long>("pointsdb",
            """SELECT count(*) FROM accounts WHERE "MemberId" = @id""", ("id", memberId)));

        // Later tests need every consumer back: wait until no service reports its bus endpoints Degraded.
        using var probe = new HttpClient();
        foreach (var service in Launcher.StackTopology.Services)
        {
            await Eventually.HoldsAsync(
                async () =>
                {
                    using var health = await probe.GetAsync(new Uri(stack.Settings.UrlOf(service), "/health"));
                    return (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status")
                        .GetString() == "Healthy";
                },
                TimeSpan.FromSeconds(120), $"{service.Name} reports Healthy again");
        }
    }

    [Fact]
    public async Task A_redelivered_registration_changes_nothing()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterAsync(staff);
        await Eventually.HoldsAsync(async () =>
            (await staff.GetAsync($"/api/points/accounts/{memberId}")).StatusCode == HttpStatusCode.OK,
            StackFixture.EventTimeout, "the first delivery opened the account");
        var eventId = await stack.QueryAsync<Guid>("membersdb", PendingEventOf, ("member", memberId.ToString()));
        var payload = await stack.QueryAsync<string>("membersdb",
            """SELECT "Payload"::text FROM outbox_messages WHERE "Id" = @id""", ("id", eventId));

        // The same event again, straight onto the exchange, as the broker would redeliver it.
        var envelope = JsonSerializer.Serialize(new
        {
            messageId = eventId,
            messageType = new[] { "urn:message:Loyalty.Contracts.Members:MemberRegistered",
                "urn:message:Loyalty.Contracts:IntegrationEvent" },
            message = JsonDocument.Parse(payload).RootElement,
        });
        Assert.True(await stack.Rabbit.PublishAsync(StackFixture.VirtualHost, "loyalty.member-registered", envelope,
            "application/vnd.masstransit+json"));

        var pointsLog = Path.Combine(stack.Settings.LogDirectory, "points.log");
        await Eventually.HoldsAsync(async () => (await ReadSharedAsync(pointsLog))
            .Contains($"{eventId} already handled by MemberRegisteredConsumer", StringComparison.Ordinal),
            StackFixture.EventTimeout, "Points received the redelivery and recognised it");
        Assert.Equal(1L, await stack.QueryAsync<long>("pointsdb",
            """SELECT count(*) FROM inbox_messages WHERE "EventId" = @id""", ("id", eventId)));
        Assert.Equal(1L, await stack.QueryAsync<long>("pointsdb",
            """SELECT count(*) FROM outbox_messages WHERE "EventType" = """ +
            """'Loyalty.Contracts.Points.PointsAccountOpened' AND "Payload"->>'memberId' = @member""",
            ("member", memberId.ToString())));
        Assert.True(await stack.Rabbit.QueueDepthAsync(StackFixture.VirtualHost, "points-member-registered_error") <= 0,
            "nothing was dead-lettered");
    }

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
