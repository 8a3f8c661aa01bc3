using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>
/// The console's dashboard figures and journey templates from the Campaign service: new members of one home store
/// buy through Points, and the KPI overview limited to that store counts them (docs/kpis.md, "Dashboard").
/// </summary>
[Collection(StackCollection.Name)]
public class DashboardKpiTests(StackFixture stack)
{
    [Fact]
    public async Task The_overview_for_one_home_store_counts_its_buyers_repurchasers_and_new_members()
    {
        using var staff = await stack.ClientAsync("staff");
        using var admin = await stack.ClientAsync("admin");
        var store = $"E2E-KPI-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        var members = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            members.Add(await Registrations.RegisterWithAccountAsync(staff, homeStoreId: store));
        }

        // The first member buys twice (a repurchase within 30 days), the second once, the third not at all; each
        // purchase is paid now, after the registration, and the repurchase a moment after the first.
        foreach (var (memberId, amount) in new[] { (members[0], 300m), (members[1], 200m), (members[0], 500m) })
        {
            (await staff.PostAsJsonAsync("/api/purchases", new
            {
                externalOrderId = $"POS-{Guid.NewGuid():N}", memberId, storeId = store, amount,
                items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount } },
                paidAt = DateTimeOffset.UtcNow,
            })).EnsureSuccessStatusCode();
        }

        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>("campaigndb",
                """SELECT count(*) FROM purchases WHERE "MemberId" = ANY(@m)""", ("m", members.ToArray())) == 3
                && await stack.QueryAsync<long>("campaigndb",
                    """SELECT count(*) FROM members WHERE "HomeStoreId" = @s""", ("s", store)) == 3,
            StackFixture.EventTimeout, "Campaign heard of the registrations and the purchases");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        // Any spelling of the store id: ids are kept upper-cased.
        var overview = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/campaigns/kpis?{range}&storeId={store.ToLowerInvariant()}");
        Assert.Equal(store, overview.GetProperty("storeId").GetString());
        var dashboard = overview.GetProperty("dashboard");
        Assert.Equal((2, 1, 0.5), (dashboard.GetProperty("buyers").GetInt32(),
            dashboard.GetProperty("repurchasers").GetInt32(), dashboard.GetProperty("repurchaseRate30d").GetDouble()));
        Assert.Equal((3, 2, 0.5), (dashboard.GetProperty("newMembers").GetInt32(),
            dashboard.GetProperty("newMemberBuyers").GetInt32(),
            dashboard.GetProperty("newMemberRepurchaseRate30d").GetDouble()));
        Assert.Equal((0, JsonValueKind.Null), (dashboard.GetProperty("couponsIssued").GetInt32(),
            dashboard.GetProperty("couponRedemptionRate").ValueKind));
        Assert.Equal(0, overview.GetProperty("overall").GetProperty("reach").GetInt32());
        // Points earned on 1,000 CNY: the store's liability is those members' balances alone.
        var balances = 0L;
        foreach (var memberId in members)
        {
            balances += (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}"))
                .GetProperty("balance").GetInt64();
        }

        await Eventually.HoldsAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/campaigns/kpis?{range}&storeId={store}"))
                .GetProperty("pointsLiability").GetInt64() == balances,
            StackFixture.EventTimeout, "the store's points liability is its members' balances");
        Assert.True(balances > 0);

        // The whole chain's figures include this store's.
        var chain = (await admin.GetFromJsonAsync<JsonElement>($"/api/campaigns/kpis?{range}"))
            .GetProperty("dashboard");
        Assert.True(chain.GetProperty("buyers").GetInt32() >= 2 && chain.GetProperty("newMembers").GetInt32() >= 3);

        foreach (var query in new[] { $"{range}&storeId=x", $"{range}&storeId=SH JINGAN" })
        {
            using var bad = await admin.GetAsync($"/api/campaigns/kpis?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
                .TryGetProperty("storeId", out _));
        }
    }

    [Fact]
    public async Task Journey_templates_come_with_names_descriptions_and_what_they_do()
    {
        using var admin = await stack.ClientAsync("admin");
        var templates = (await admin.GetFromJsonAsync<JsonElement[]>("/api/campaigns/journeys/templates"))!;
        var codes = (await admin.GetFromJsonAsync<string[]>("/api/campaigns/journeys"))!;
        Assert.Equal(codes, templates.Select(t => t.GetProperty("code").GetString()));
        var wakeUp = templates.Single(t => t.GetProperty("code").GetString() == "dormant-wake-up");
        Assert.Equal(("沉睡会员唤醒", "Dormant wake-up"), (
            wakeUp.GetProperty("names").GetProperty("zh-CN").GetString(),
            wakeUp.GetProperty("names").GetProperty("en").GetString()));
        Assert.Equal(("SegmentEntered", "lifecycle-dormant", "wake-up-coupon", true, 10), (
            wakeUp.GetProperty("trigger").GetString(), wakeUp.GetProperty("triggerSegment").GetString(),
            wakeUp.GetProperty("messageTemplate").GetString(), wakeUp.GetProperty("givesCoupon").GetBoolean(),
            wakeUp.GetProperty("holdoutPercent").GetInt32()));
        var birthday = templates.Single(t => t.GetProperty("code").GetString() == "birthday-month");
        Assert.Equal(200, birthday.GetProperty("bonusPoints").GetInt64());
        Assert.All(templates, t => Assert.False(
            string.IsNullOrWhiteSpace(t.GetProperty("descriptions").GetProperty("en").GetString())));
        using var staff = await stack.ClientAsync("staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/campaigns/journeys/templates")).StatusCode);
    }
}
