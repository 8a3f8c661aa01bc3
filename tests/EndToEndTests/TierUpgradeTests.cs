using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>
/// The walk across services: Points records a purchase → Members adds it to rolling spend and upgrades the tier →
/// Points hears MemberTierChanged and applies the new multiplier from the next purchase.
/// </summary>
[Collection(StackCollection.Name)]
public class TierUpgradeTests(StackFixture stack)
{
    private static object Purchase(Guid memberId, decimal amount, DateTimeOffset paidAt) => new
    {
        externalOrderId = $"POS-{Guid.NewGuid():N}",
        memberId,
        storeId = "SH-JINGAN-01",
        amount,
        items = new[] { new { sku = "THERMAGE", category = "laser", quantity = 1, amount } },
        paidAt,
    };

    [Fact]
    public async Task The_purchase_that_crosses_the_Gold_threshold_upgrades_at_once_and_the_next_purchase_earns_as_Gold()
    {
        using var staff = await stack.ClientAsync("staff");
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var memberId = await Registrations.RegisterWithAccountAsync(staff,
            Registrations.BornInMonthOf(paidAt, sameMonth: false));

        (await staff.PostAsJsonAsync("/api/purchases", Purchase(memberId, 4_000m, paidAt))).EnsureSuccessStatusCode();
        // 21,000 in 12 months
        (await staff.PostAsJsonAsync("/api/purchases", Purchase(memberId, 17_000m, paidAt))).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(async () => (await staff.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}"))
            .GetProperty("tier").GetString() == "Gold",
            StackFixture.EventTimeout, "Members upgraded the member to Gold");
        // Newest first. The two PurchaseRecorded events may reach Members in either order (no ordering across
        // messages): 4k then 17k upgrades Standard → Gold at once; 17k first goes through Silver.
        var history = await staff.GetFromJsonAsync<JsonElement[]>($"/api/members/{memberId}/tier-history");
        var upgrade = history![0];
        Assert.Equal(("Gold", "spend-threshold", 21_000m),
            (upgrade.GetProperty("toTier").GetString(), upgrade.GetProperty("reason").GetString(),
                upgrade.GetProperty("rollingSpend").GetDecimal()));
        Assert.Equal("Standard", history[^1].GetProperty("fromTier").GetString());
        Assert.All(history, line => Assert.Equal("spend-threshold", line.GetProperty("reason").GetString()));

        // Points applies the tier once it has consumed MemberTierChanged: 1,000 CNY then earns 1000 + 500.
        await Eventually.HoldsAsync(async () => await stack.QueryAsync<string>("pointsdb",
            """SELECT "Tier" FROM accounts WHERE "MemberId" = @m""", ("m", memberId)) == "Gold",
            StackFixture.EventTimeout, "Points knows the member is Gold");
        using var next = await staff.PostAsJsonAsync("/api/purchases", Purchase(memberId, 1_000m, paidAt));
        Assert.Equal(1_500,
            (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pointsEarned").GetInt64());
    }

    [Fact]
    public async Task A_referred_members_first_purchase_qualifies_the_referral_once()
    {
        using var staff = await stack.ClientAsync("staff");
        var referrer = await Registrations.RegisterAsync(staff);
        var code = (await staff.GetFromJsonAsync<JsonElement>($"/api/members/{referrer}")).GetProperty("referralCode")
            .GetString();
        using var registered = await staff.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name = "李娜", gender = "Female", birthDate = "1995-03-08",
            homeStoreId = "SH-XUHUI-02", referralCode = code,
        });
        var referee = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(referrer, (await staff.GetFromJsonAsync<JsonElement>($"/api/members/{referee}"))
            .GetProperty("referredByMemberId").GetGuid());
        await Eventually.HoldsAsync(async () =>
            (await staff.GetAsync($"/api/points/accounts/{referee}")).IsSuccessStatusCode,
            StackFixture.EventTimeout, "Points opened the referee's account");

        (await staff.PostAsJsonAsync("/api/purchases", Purchase(referee, 300m, DateTimeOffset.UtcNow.AddMinutes(-5))))
            .EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync("/api/purchases", Purchase(referee, 200m, DateTimeOffset.UtcNow.AddMinutes(-1))))
            .EnsureSuccessStatusCode();

        const string qualified = """
            SELECT count(*) FROM outbox_messages WHERE "EventType" = 'Loyalty.Contracts.Members.ReferralQualified'
            AND "Payload"->>'refereeMemberId' = @m
            """;
        await Eventually.HoldsAsync(async () =>
            await stack.QueryAsync<long>("membersdb", qualified, ("m", referee.ToString())) == 1,
            StackFixture.EventTimeout, "Members published ReferralQualified");
        await Eventually.HoldsAsync(async () => await stack.QueryAsync<long>("membersdb",
            """SELECT count(*) FROM member_purchases WHERE "MemberId" = @m""", ("m", referee)) == 2,
            StackFixture.EventTimeout, "Members saw both purchases");
        Assert.Equal(1L, await stack.QueryAsync<long>("membersdb", qualified, ("m", referee.ToString())));

        // Points rewards the referrer once (referral-bonus, 200 by default), and the entry names the referee.
        await Eventually.HoldsAsync(async () =>
            (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{referrer}")).GetProperty("balance")
                .GetInt64() == 200,
            StackFixture.EventTimeout, "Points rewarded the referrer");
        var ledger = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{referrer}/ledger");
        var reward = Assert.Single(ledger.GetProperty("entries").EnumerateArray());
        Assert.Equal(("referral-bonus", $"referral:{referee}"),
            (reward.GetProperty("reason").GetString(), reward.GetProperty("sourceRef").GetString()));
    }
}
