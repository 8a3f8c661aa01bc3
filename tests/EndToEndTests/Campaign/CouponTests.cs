using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>Coupons through the gateway: issued by staff, listed by the
/// member, checked and redeemed at checkout once, under concurrency.</summary>
[Collection(StackCollection.Name)]
public class CouponTests(StackFixture stack)
{
    [Fact]
    public async Task Staff_issue_a_coupon_the_member_sees_it_and_of_twenty_concurrent_redemptions_one_goes_through()
    {
        using var admin = await stack.ClientAsync("admin");
        using var staff = await stack.ClientAsync("staff");
        var template = await CampaignApi.WakeUpTemplateAsync(admin, "SH-JINGAN-01");
        var memberId = Guid.NewGuid();
        var requestId = Guid.NewGuid();

        using var issued = await staff.PostAsJsonAsync("/api/coupons",
            new { templateId = template, memberId, requestId });
        using var retried = await staff.PostAsJsonAsync("/api/coupons",
            new { templateId = template, memberId, requestId });
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (issued.StatusCode, retried.StatusCode));
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        using var member = await stack.ClientAsync("member", memberId);
        var own = await member.GetFromJsonAsync<JsonElement>("/api/coupons/me");
        Assert.Equal((code, "Active"), (Assert.Single(own.EnumerateArray().ToArray()).GetProperty("code").GetString(),
            own[0].GetProperty("status").GetString()));
        using var stranger = await stack.ClientAsync("member", Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await stranger.GetAsync($"/api/coupons/members/{memberId}")).StatusCode);

        var wrongStore = await (await staff.PostAsJsonAsync("/api/coupons/validate",
                new { code = code.ToLowerInvariant(), storeId = "BJ-01", amount = 500 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((false, "wrong-store"),
            (wrongStore.GetProperty("usable").GetBoolean(), wrongStore.GetProperty("reason").GetString()));
        var fits = await (await staff.PostAsJsonAsync("/api/coupons/validate",
            new { code, storeId = "SH-JINGAN-01", amount = 500 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, 80m), (fits.GetProperty("usable").GetBoolean(), fits.GetProperty("discount").GetDecimal()));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => CampaignApi.RedeemAsync(staff, code, 500m, $"POS-{Guid.NewGuid():N}")));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(19, attempts.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var refusal = await attempts.First(r => r.StatusCode == HttpStatusCode.Conflict)
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("used", refusal.GetProperty("reason").GetString());
        Assert.Equal(1L,
            await stack.QueryAsync<long>("campaigndb", """SELECT count(*) FROM outbox_messages WHERE "EventType" """ +
                """LIKE '%CouponRedeemed' AND "Payload"->>'memberId' = @m""", ("m", memberId.ToString())));
        Assert.Equal("Redeemed",
            (await CampaignApi.CouponsOfAsync(member, memberId))[0].GetProperty("status").GetString());
        foreach (var attempt in attempts)
        {
            attempt.Dispose();
        }
    }

    [Fact]
    public async Task Bad_checkout_input_is_a_validation_problem_naming_the_fields()
    {
        using var staff = await stack.ClientAsync("staff");

        using var response = await staff.PostAsJsonAsync("/api/coupons/redeem", new { code = "x", amount = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(new[] { "code", "storeId", "amount", "externalOrderId" },
            field => Assert.True(errors.TryGetProperty(field, out _), field));
        using var member = await stack.ClientAsync("member", Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await member.PostAsJsonAsync("/api/coupons/redeem", new { code = "x" })).StatusCode);
    }

    [Fact]
    public async Task A_purchase_names_the_coupon_redeemed_for_its_order_and_the_coupon_shows_the_purchase()
    {
        using var admin = await stack.ClientAsync("admin");
        using var staff = await stack.ClientAsync("staff");
        var template = await CampaignApi.WakeUpTemplateAsync(admin, "SH-JINGAN-01");
        var memberId = await Registrations.RegisterWithAccountAsync(staff);
        using var issued = await staff.PostAsJsonAsync("/api/coupons",
            new { templateId = template, memberId, requestId = Guid.NewGuid() });
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var orderId = $"POS-{Guid.NewGuid():N}";
        using var redeemed = await CampaignApi.RedeemAsync(staff, code, 500m, orderId);
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        object Purchase(params string[] codes) => new
        {
            externalOrderId = orderId, memberId, storeId = "SH-JINGAN-01", amount = 420m,
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = 420m } },
            paidAt = DateTimeOffset.UtcNow.AddMinutes(-1), couponCodes = codes,
        };

        using var badCode = await staff.PostAsJsonAsync("/api/purchases", Purchase("NOT-A-CODE"));
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.True((await badCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("couponCodes[0]", out _));

        // Read out over the counter: lower case with a dash still names the coupon.
        var spoken = code[..6].ToLowerInvariant() + "-" + code[6..];
        using var recorded = await staff.PostAsJsonAsync("/api/purchases", Purchase(spoken));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var purchase = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        var purchaseId = purchase.GetProperty("purchaseId").GetGuid();
        Assert.Equal([code], purchase.GetProperty("couponCodes").EnumerateArray().Select(c => c.GetString()));
        var shown = await staff.GetFromJsonAsync<JsonElement>($"/api/purchases/{orderId}");
        Assert.Equal([code], shown.GetProperty("couponCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(code, await stack.QueryAsync<string>("pointsdb",
            """SELECT "Payload"->'couponCodes'->>0 FROM outbox_messages WHERE "EventType" = """ +
            """'Loyalty.Contracts.Points.PurchaseRecorded' AND "Payload"->>'externalOrderId' = @o""",
            ("o", orderId)));

        JsonElement coupon = default;
        await Eventually.HoldsAsync(async () =>
        {
            coupon = (await CampaignApi.CouponsOfAsync(staff, memberId))[0];
            return coupon.GetProperty("redeemedPurchaseId").ValueKind != JsonValueKind.Null;
        }, StackFixture.EventTimeout, "Campaign heard of the purchase");
        Assert.Equal((orderId, purchaseId),
            (coupon.GetProperty("redeemedOrderId").GetString(), coupon.GetProperty("redeemedPurchaseId").GetGuid()));
    }
}
