using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>Coupons through the gateway: issued by staff, listed by the member, checked and redeemed at checkout once, under concurrency.</summary>
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

        using var issued = await staff.PostAsJsonAsync("/api/coupons", new { templateId = template, memberId, requestId });
        using var retried = await staff.PostAsJsonAsync("/api/coupons", new { templateId = template, memberId, requestId });
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (issued.StatusCode, retried.StatusCode));
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        using var member = await stack.ClientAsync("member", memberId);
        var own = await member.GetFromJsonAsync<JsonElement>("/api/coupons/me");
        Assert.Equal((code, "Active"), (Assert.Single(own.EnumerateArray().ToArray()).GetProperty("code").GetString(), own[0].GetProperty("status").GetString()));
        using var stranger = await stack.ClientAsync("member", Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/coupons/members/{memberId}")).StatusCode);

        var wrongStore = await (await staff.PostAsJsonAsync("/api/coupons/validate", new { code = code.ToLowerInvariant(), storeId = "BJ-01", amount = 500 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((false, "wrong-store"), (wrongStore.GetProperty("usable").GetBoolean(), wrongStore.GetProperty("reason").GetString()));
        var fits = await (await staff.PostAsJsonAsync("/api/coupons/validate", new { code, storeId = "SH-JINGAN-01", amount = 500 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((true, 80m), (fits.GetProperty("usable").GetBoolean(), fits.GetProperty("discount").GetDecimal()));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => CampaignApi.RedeemAsync(staff, code, 500m, $"POS-{Guid.NewGuid():N}")));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(19, attempts.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var refusal = await attempts.First(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("used", refusal.GetProperty("reason").GetString());
        Assert.Equal(1L, await stack.QueryAsync<long>("campaigndb", """SELECT count(*) FROM outbox_messages WHERE "EventType" LIKE '%CouponRedeemed' AND "Payload"->>'memberId' = @m""", ("m", memberId.ToString())));
        Assert.Equal("Redeemed", (await CampaignApi.CouponsOfAsync(member, memberId))[0].GetProperty("status").GetString());
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
        Assert.All(new[] { "code", "storeId", "amount", "externalOrderId" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
        using var member = await stack.ClientAsync("member", Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync("/api/coupons/redeem", new { code = "x" })).StatusCode);
    }
}
