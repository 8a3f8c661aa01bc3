using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.EndToEndTests.Identity;

/// <summary>What a signed-in caller may do: front desk only for its
/// stores, a partner only what its scopes say.</summary>
[Collection(StackCollection.Name)]
public class AccessTests(StackFixture stack)
{
    [Fact]
    public async Task Front_desk_staff_act_for_their_stores_and_are_refused_for_another_naming_the_field()
    {
        using var admin = await stack.ClientAsync("admin");
        var memberId = await Registrations.RegisterWithAccountAsync(admin);
        using var frontDesk = await stack.FrontDeskOfAsync("SH-JINGAN-01");

        using var ownStore = await frontDesk.PostAsJsonAsync("/api/purchases", Purchase(memberId, "SH-JINGAN-01"));
        using var otherStore = await frontDesk.PostAsJsonAsync("/api/purchases", Purchase(memberId, "BJ-CHAOYANG-02"));
        using var registerElsewhere = await frontDesk.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name = "王丽", gender = "Female", birthDate = "1990-05-20",
            homeStoreId = "BJ-CHAOYANG-02",
        });

        using var redeemElsewhere = await Campaign.CampaignApi.RedeemAsync(
            frontDesk, "ABCD-EFGH-JKLM", 300m, $"POS-{Guid.NewGuid():N}", "BJ-CHAOYANG-02");

        Assert.Equal(HttpStatusCode.Created, ownStore.StatusCode);
        await AssertRefusedNamingAsync(otherStore, "storeId");
        await AssertRefusedNamingAsync(registerElsewhere, "homeStoreId");
        await AssertRefusedNamingAsync(redeemElsewhere, "storeId");
    }

    [Fact]
    public async Task A_partner_with_the_purchases_scope_records_a_purchase_and_cannot_read_members()
    {
        using var admin = await stack.ClientAsync("admin");
        var memberId = await Registrations.RegisterWithAccountAsync(admin);
        using var partner = await PartnerWithAsync("loyalty.purchases.write");

        using var purchase = await partner.PostAsJsonAsync("/api/purchases", Purchase(memberId, "SH-JINGAN-01"));
        using var member = await partner.GetAsync($"/api/members/{memberId}");
        using var adjust = await partner.PostAsJsonAsync("/api/points/adjustments", new { });

        Assert.Equal(HttpStatusCode.Created, purchase.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, adjust.StatusCode);
    }

    [Fact]
    public async Task A_partner_with_the_members_scope_reads_members_and_records_no_purchase()
    {
        using var admin = await stack.ClientAsync("admin");
        var memberId = await Registrations.RegisterWithAccountAsync(admin);
        using var crm = await PartnerWithAsync("loyalty.members.read");

        using var member = await crm.GetAsync($"/api/members/{memberId}");
        using var search = await crm.GetAsync("/api/members?tag=laser");
        using var purchase = await crm.PostAsJsonAsync("/api/purchases", Purchase(memberId, "SH-JINGAN-01"));

        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, purchase.StatusCode);
    }

    [Fact]
    public async Task A_partner_without_the_purchases_scope_cannot_record_one()
    {
        using var admin = await stack.ClientAsync("admin");
        var memberId = await Registrations.RegisterWithAccountAsync(admin);
        using var scopeless = await PartnerWithAsync("loyalty.kpis.read");

        using var purchase = await scopeless.PostAsJsonAsync("/api/purchases", Purchase(memberId, "SH-JINGAN-01"));

        Assert.Equal(HttpStatusCode.Forbidden, purchase.StatusCode);
    }

    [Fact]
    public async Task Each_role_reaches_its_own_work_and_not_the_others()
    {
        const string Kpis = "/api/campaigns/kpis?from=2026-11-01&to=2026-11-30";
        using var marketing = await stack.ClientAsync("marketing");
        using var frontDesk = await stack.ClientAsync("staff");
        using var ops = await stack.ClientAsync("ops");

        Assert.Equal(HttpStatusCode.OK, (await marketing.GetAsync("/api/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await marketing.GetAsync("/api/coupons/templates")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await marketing.GetAsync(Kpis)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.GetAsync("/api/identity/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketing.PostAsJsonAsync("/api/members", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await frontDesk.GetAsync("/api/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await frontDesk.GetAsync("/api/coupons/templates")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync(Kpis)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ops.GetAsync("/api/campaigns")).StatusCode);
    }

    /// <summary>A partner client registered with one scope, signed in with it.</summary>
    private async Task<HttpClient> PartnerWithAsync(string scope)
    {
        using var admin = await stack.ClientAsync("admin");
        using var registered = await admin.PostAsJsonAsync(
            "/api/identity/clients", new { displayName = "Partner", scopes = new[] { scope } });
        var client = await registered.Content.ReadFromJsonAsync<JsonElement>();
        using var tokenResponse = await stack.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = client.GetProperty("clientId").GetString()!,
                ["client_secret"] = client.GetProperty("clientSecret").GetString()!, ["scope"] = scope,
            }));
        return stack.ClientWith((await tokenResponse.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("access_token").GetString()!);
    }

    private static object Purchase(Guid memberId, string storeId) => new
    {
        externalOrderId = $"POS-{Guid.NewGuid():N}", memberId, storeId, amount = 880.00m,
        items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = 880.00m } },
        paidAt = DateTimeOffset.UtcNow.AddMinutes(-5),
    };

    private static async Task AssertRefusedNamingAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

}
