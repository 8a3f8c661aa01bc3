using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>Coupons bought with points: a Points catalog item names a
/// Campaign coupon template; each redemption issues one coupon.</summary>
[Collection(StackCollection.Name)]
public class PointsCouponTests(StackFixture stack)
{
    [Fact]
    public async Task Redeeming_a_coupon_item_issues_one_coupon_per_redemption_even_past_the_per_member_limit()
    {
        using var admin = await stack.ClientAsync("admin");
        using var staff = await stack.ClientAsync("staff");
        Guid template;
        using (var created = await admin.PostAsJsonAsync("/api/coupons/templates", new { name = "积分兑换 满 300 减 50",
            kind = "AmountOff", value = 50, threshold = 300, validDays = 30, perMemberLimit = 1 }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            template = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        using (var gift = await admin.PostAsJsonAsync("/api/points/catalog",
            new { name = "护肤礼盒", kind = "Gift", costPoints = 100, couponTemplateId = template }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, gift.StatusCode);
            Assert.True((await gift.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
                .TryGetProperty("couponTemplateId", out _));
        }

        Guid item;
        using (var created = await admin.PostAsJsonAsync("/api/points/catalog",
            new { name = "满 300 减 50 券", kind = "Coupon", costPoints = 200, couponTemplateId = template }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var body = await created.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(template, body.GetProperty("couponTemplateId").GetGuid());
            item = body.GetProperty("id").GetGuid();
        }

        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var memberId = await Registrations.RegisterWithAccountAsync(staff,
            Registrations.BornInMonthOf(paidAt, sameMonth: false));
        (await staff.PostAsJsonAsync("/api/purchases", new
        {
            externalOrderId = $"POS-{Guid.NewGuid():N}", memberId, storeId = "SH-01", amount = 1_000m,
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = 1_000m } }, paidAt,
        })).EnsureSuccessStatusCode();
        using var member = await stack.ClientAsync("member", memberId);

        async Task<JsonElement[]> PointsCouponsAsync() =>
            (await member.GetFromJsonAsync<JsonElement>("/api/coupons/me")).EnumerateArray()
                .Where(c => c.GetProperty("source").GetString() == "Points").ToArray();

        using (var first = await member.PostAsJsonAsync("/api/points/redemptions", new { catalogItemId = item }))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        await Eventually.HoldsAsync(async () => (await PointsCouponsAsync()).Length == 1, StackFixture.EventTimeout,
            "the coupon bought with points was issued");
        var coupon = Assert.Single(await PointsCouponsAsync());
        Assert.Equal((template, "Active"),
            (coupon.GetProperty("templateId").GetGuid(), coupon.GetProperty("status").GetString()));

        using (var second = await member.PostAsJsonAsync("/api/points/redemptions", new { catalogItemId = item }))
        {
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        }

        // The template allows one per member, but a coupon paid for
        // with points is issued regardless: one per redemption.
        await Eventually.HoldsAsync(async () => (await PointsCouponsAsync()).Length == 2, StackFixture.EventTimeout,
            "the second redemption issued a second coupon");
        var ledger = await member.GetFromJsonAsync<JsonElement>("/api/points/accounts/me/ledger?pageSize=100");
        var redemptions = ledger.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("reason").GetString() == "redemption").ToArray();
        Assert.Equal([-200L, -200L], redemptions.Select(e => e.GetProperty("points").GetInt64()));
        foreach (var entry in redemptions)
        {
            Assert.Equal(1L, await stack.QueryAsync<long>("campaigndb",
                """SELECT count(*) FROM coupons WHERE "SourceRef" = @r AND "Source" = 'Points'""",
                ("r", $"points:{entry.GetProperty("id").GetGuid():N}")));
        }

        Assert.Equal(2, (await PointsCouponsAsync()).Select(c => c.GetProperty("code").GetString()).Distinct().Count());

        // The first redemption's event again: as the broker would redeliver it (same event id: the inbox stops it) and
        // republished as a new event (the coupon's SourceRef stops it). Still one coupon per redemption.
        var ledgerEntryId = redemptions[0].GetProperty("id").GetGuid();
        var (eventId, payload) = (
            await stack.QueryAsync<Guid>("pointsdb", """SELECT "Id" FROM outbox_messages WHERE "EventType" = """ +
                """'Loyalty.Contracts.Points.PointsRedeemed' AND "Payload"->>'ledgerEntryId' = @l""",
                ("l", ledgerEntryId.ToString())),
            await stack.QueryAsync<string>("pointsdb", """SELECT "Payload"::text """ +
                """FROM outbox_messages WHERE "EventType" = 'Loyalty.Contracts.Points.PointsRedeemed' """ +
                """AND "Payload"->>'ledgerEntryId' = @l""", ("l", ledgerEntryId.ToString())));
        var republished = Guid.NewGuid();
        foreach (var id in new[] { eventId, republished })
        {
            var message = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(payload)!;
            message["eventId"] = JsonSerializer.SerializeToElement(id);
            Assert.True(await stack.Rabbit.PublishAsync(StackFixture.VirtualHost,
                "loyalty.points-redeemed", JsonSerializer.Serialize(new
            {
                messageId = id,
                messageType = new[] { "urn:message:Loyalty.Contracts.Points:PointsRedeemed",
                    "urn:message:Loyalty.Contracts:IntegrationEvent" },
                message,
            }), "application/vnd.masstransit+json"));
        }

        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>("campaigndb",
                """SELECT count(*) FROM inbox_messages WHERE "EventId" = @e""", ("e", republished)) == 1,
            StackFixture.EventTimeout, "Campaign handled the republished event");
        Assert.Equal(1L, await stack.QueryAsync<long>("campaigndb",
            """SELECT count(*) FROM inbox_messages WHERE "EventId" = @e""", ("e", eventId)));
        Assert.Equal(2, (await PointsCouponsAsync()).Length);
    }
}
