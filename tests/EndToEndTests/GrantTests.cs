using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>Points granted by other services (through the broker) and by admins (in bulk).</summary>
[Collection(StackCollection.Name)]
public class GrantTests(StackFixture stack)
{
    private static async Task<long> BalanceAsync(HttpClient staff, Guid memberId) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}")).GetProperty("balance")
            .GetInt64();

    private Task<bool> PublishGrantAsync(Guid eventId, Guid requestId, Guid memberId, long points) =>
        stack.Rabbit.PublishAsync(StackFixture.VirtualHost,
            "loyalty.points-grant-requested", JsonSerializer.Serialize(new
        {
            messageId = eventId,
            messageType = new[] { "urn:message:Loyalty.Contracts.Campaign:PointsGrantRequested" },
            message = new
            {
                eventId, occurredAt = DateTimeOffset.UtcNow, schemaVersion = 1, requestId, memberId, points,
                reason = "spring festival bonus", sourceService = "campaign", sourceRef = "campaign:spring-2027",
            },
        }), "application/vnd.masstransit+json");

    [Fact]
    public async Task A_grant_request_is_honoured_once_even_when_sent_again_as_a_new_event()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterWithAccountAsync(staff);
        var requestId = Guid.NewGuid();
        var (firstEvent, secondEvent) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.True(await PublishGrantAsync(firstEvent, requestId, memberId, 200));
        await Eventually.HoldsAsync(async () => await BalanceAsync(staff, memberId) == 200,
            StackFixture.EventTimeout, "the grant was applied");
        Assert.True(await PublishGrantAsync(secondEvent, requestId, memberId, 200));
        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>("pointsdb",
                """SELECT count(*) FROM inbox_messages WHERE "EventId" = @e""", ("e", secondEvent)) == 1,
            StackFixture.EventTimeout, "the second event was handled");

        Assert.Equal(200, await BalanceAsync(staff, memberId));
        var ledger = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}/ledger");
        var entry = Assert.Single(ledger.GetProperty("entries").EnumerateArray().ToArray());
        Assert.Equal(("campaign-grant", $"grant:{requestId}"),
            (entry.GetProperty("reason").GetString(), entry.GetProperty("sourceRef").GetString()));
    }

    [Fact]
    public async Task Admins_grant_and_deduct_for_many_members_and_a_deduction_never_overdraws()
    {
        using var staff = await stack.ClientAsync("staff");
        using var admin = await stack.ClientAsync("admin");
        var (first, second, unknown) = (await Registrations.RegisterWithAccountAsync(staff),
            await Registrations.RegisterWithAccountAsync(staff), Guid.NewGuid());

        var granted = await (await admin.PostAsJsonAsync("/api/points/adjustments",
            new { memberIds = new[] { first, second, unknown }, points = 300, reason = "store opening gift" }))
            .Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal(["Applied", "Applied", "NoAccount"],
            granted!.Select(r => r.GetProperty("outcome").GetString()!).ToArray());

        var deducted = await (await admin.PostAsJsonAsync("/api/points/adjustments",
            new { memberIds = new[] { first }, points = -500, reason = "correction" }))
            .Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal("InsufficientPoints", Assert.Single(deducted!).GetProperty("outcome").GetString());
        (await admin.PostAsJsonAsync("/api/points/adjustments",
            new { memberIds = new[] { first }, points = -120, reason = "correction" })).EnsureSuccessStatusCode();

        Assert.Equal((180L, 300L), (await BalanceAsync(staff, first), await BalanceAsync(staff, second)));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/points/adjustments",
            new { memberIds = new[] { first }, points = 1, reason = "x" })).StatusCode);
        using var invalid = await admin.PostAsJsonAsync("/api/points/adjustments",
            new { memberIds = Array.Empty<Guid>(), points = 0 });
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("memberIds", out _) && errors.TryGetProperty("points", out _)
            && errors.TryGetProperty("reason", out _));
    }
}
