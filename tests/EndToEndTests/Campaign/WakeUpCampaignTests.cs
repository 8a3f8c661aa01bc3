using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>
/// The dormant wake-up journey end to end: Segmentation's SegmentEntered (published here by the test) reaches the
/// Campaign service through RabbitMQ; the member gets the "200 减 80" coupon and a wake-up-coupon message once, a
/// holdout member nothing; at checkout the coupon refuses 199, takes 80 off 200 once, and refuses a second order.
/// </summary>
[Collection(StackCollection.Name)]
public class WakeUpCampaignTests(StackFixture stack)
{
    private async Task<Guid> PublishEnteredAsync(Guid memberId, string segmentCode)
    {
        var eventId = Guid.NewGuid();
        Assert.True(await stack.Rabbit.PublishAsync(StackFixture.VirtualHost,
            "loyalty.segment-entered", JsonSerializer.Serialize(new
        {
            messageId = Guid.NewGuid(),
            messageType = new[] { "urn:message:Loyalty.Contracts.Segmentation:SegmentEntered" },
            message = new
            {
                eventId, occurredAt = DateTimeOffset.UtcNow, schemaVersion = 1, memberId, segmentCode,
                segmentName = "沉睡会员", kind = "Lifecycle",
            },
        }), "application/vnd.masstransit+json"));
        return eventId;
    }

    private Task<long> CountAsync(string sql, Guid memberId) =>
        stack.QueryAsync<long>("campaigndb", sql, ("m", memberId));

    [Fact]
    public async Task A_member_turning_dormant_gets_the_wake_up_coupon_once_a_holdout_member_nothing_and_checkout_honours_the_threshold_once()
    {
        using var admin = await stack.ClientAsync("admin");
        using var staff = await stack.ClientAsync("staff");
        // The seeds' dormant wake-up journey, shipped as a ready template: "200 减 80", valid 3 days, 10 % holdout.
        using var created =
            await admin.PostAsJsonAsync("/api/campaigns/journeys/dormant-wake-up", new { budget = 100_000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaignId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("campaign")
            .GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/campaigns/{campaignId}/activate", null)).EnsureSuccessStatusCode();

        var treated = NewMember(campaignId, heldOut: false);
        var control = NewMember(campaignId, heldOut: true);
        var events = new[]
        {
            await PublishEnteredAsync(treated, "lifecycle-dormant"),
            await PublishEnteredAsync(control, "lifecycle-dormant"),
            await PublishEnteredAsync(treated, "lifecycle-dormant"), // the same entry heard again, as a new event
        };

        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>("campaigndb",
                """SELECT count(*) FROM inbox_messages WHERE "EventId" = ANY(@ids)""", ("ids", events)) == 3,
            StackFixture.EventTimeout, "the three SegmentEntered events were handled");

        var coupons = (await CampaignApi.CouponsOfAsync(staff, treated)).EnumerateArray().ToArray();
        var coupon = Assert.Single(coupons);
        Assert.Equal(campaignId, coupon.GetProperty("campaignId").GetGuid());
        Assert.Empty((await CampaignApi.CouponsOfAsync(staff, control)).EnumerateArray());
        Assert.Equal("Holdout", await stack.QueryAsync<string>("campaigndb",
            """SELECT "Outcome" FROM campaign_deliveries WHERE "MemberId" = @m""", ("m", control)));
        Assert.Equal(0, await CountAsync(
            """SELECT count(*) FROM outbox_messages WHERE "Payload"->>'memberId' = @m::text""", control));

        var code = coupon.GetProperty("code").GetString()!;
        var message = await stack.QueryAsync<string>("campaigndb",
            """SELECT "Payload"::text FROM outbox_messages WHERE "EventType" LIKE '%NotificationRequested' """ +
            """AND "Payload"->>'memberId' = @m::text""", ("m", treated));
        var payload = JsonDocument.Parse(message).RootElement;
        Assert.Equal(("wake-up-coupon", campaignId),
            (payload.GetProperty("templateCode").GetString(), payload.GetProperty("campaignId").GetGuid()));
        var variables = payload.GetProperty("variables");
        Assert.Equal(("80", "200", code), (variables.GetProperty("couponValue").GetString(),
            variables.GetProperty("threshold").GetString(), variables.GetProperty("couponCode").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", variables.GetProperty("expiryDate").GetString());
        Assert.Equal(1, await CountAsync("""SELECT count(*) FROM outbox_messages WHERE "EventType" LIKE """ +
            """'%CouponIssued' AND "Payload"->>'memberId' = @m::text""", treated));

        // Checkout: 199 is below the threshold, 200 takes 80 off (and the same
        // order asking again gets the same answer), another order is refused.
        using var below = await CampaignApi.RedeemAsync(staff, code, 199m, "POS-WAKE-1");
        Assert.Equal(HttpStatusCode.Conflict, below.StatusCode);
        var refusal = await below.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("below-threshold", refusal.GetProperty("reason").GetString());
        Assert.Contains("threshold of 200", refusal.GetProperty("title").GetString());

        using var redeemed = await CampaignApi.RedeemAsync(staff, code, 200m, "POS-WAKE-2");
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.Equal(80m,
            (await redeemed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("discount").GetDecimal());
        using var again = await CampaignApi.RedeemAsync(staff, code, 200m, "POS-WAKE-2");
        Assert.Equal((HttpStatusCode.OK, 80m), (again.StatusCode,
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("discount").GetDecimal()));
        using var otherOrder = await CampaignApi.RedeemAsync(staff, code, 300m, "POS-WAKE-3");
        Assert.Equal(HttpStatusCode.Conflict, otherOrder.StatusCode);
        Assert.Equal("used",
            (await otherOrder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.Equal(1, await CountAsync("""SELECT count(*) FROM outbox_messages WHERE "EventType" LIKE """ +
            """'%CouponRedeemed' AND "Payload"->>'memberId' = @m::text""", treated));

        var shares = (await admin.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}"))
            .GetProperty("budgetShares").EnumerateArray()
            .ToDictionary(s => s.GetProperty("shareKey").GetString()!, s => s.GetProperty("spent").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["lifecycle-active"] = 0m, ["lifecycle-dormant"] = 80m,
            ["lifecycle-new"] = 0m }, shares);
    }

    private static Guid NewMember(Guid campaignId, bool heldOut)
    {
        while (true)
        {
            var memberId = Guid.NewGuid();
            if (CampaignApi.IsHeldOut(campaignId, memberId, 10) == heldOut)
            {
                return memberId;
            }
        }
    }
}
