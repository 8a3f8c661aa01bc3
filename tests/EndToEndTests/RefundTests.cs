using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>Refunds reverse what the purchase earned, as far as the
/// balance allows, and Members counts them against spend.</summary>
[Collection(StackCollection.Name)]
public class RefundTests(StackFixture stack)
{
    private async Task<(Guid MemberId, string OrderId)> PurchaseAsync(HttpClient staff, decimal amount)
    {
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var memberId = await Registrations.RegisterWithAccountAsync(staff,
            Registrations.BornInMonthOf(paidAt, sameMonth: false));
        var orderId = $"POS-{Guid.NewGuid():N}";
        (await staff.PostAsJsonAsync("/api/purchases", new
        {
            externalOrderId = orderId, memberId, storeId = "SH-01", amount,
            items = new[] { new { sku = "PICO", category = "laser", quantity = 1, amount } }, paidAt,
        })).EnsureSuccessStatusCode();
        return (memberId, orderId);
    }

    private static async Task<long> BalanceAsync(HttpClient staff, Guid memberId) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}")).GetProperty("balance")
            .GetInt64();

    [Fact]
    public async Task A_partial_then_full_refund_takes_back_exactly_what_the_purchase_earned_once()
    {
        using var staff = await stack.ClientAsync("staff");
        var (memberId, orderId) = await PurchaseAsync(staff, 1000m);
        var requestId = Guid.NewGuid();

        using var partial = await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds",
            new { amount = 250m, requestId });
        using var retried = await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds",
            new { amount = 250m, requestId });
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (partial.StatusCode, retried.StatusCode));
        Assert.Equal(250,
            (await partial.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pointsTakenBack").GetInt64());
        Assert.Equal(750, await BalanceAsync(staff, memberId));

        using var rest = await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds", new { });
        var full = await rest.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        Assert.Equal((750m, true, 750L), (full.GetProperty("amount").GetDecimal(),
            full.GetProperty("completesRefund").GetBoolean(), full.GetProperty("pointsTakenBack").GetInt64()));
        Assert.Equal(0, await BalanceAsync(staff, memberId));
        Assert.Equal(HttpStatusCode.Conflict,
            (await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds", new { })).StatusCode);

        // Members counts refunds against rolling spend.
        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<decimal>("membersdb",
                """SELECT "RefundedAmount" FROM member_purchases WHERE "MemberId" = @m""", ("m", memberId)) == 1000m,
            StackFixture.EventTimeout, "Members recorded both refunds");
    }

    [Fact]
    public async Task Points_already_spent_are_taken_back_as_far_as_the_balance_allows_and_the_shortfall_is_recorded()
    {
        using var staff = await stack.ClientAsync("staff");
        var (memberId, orderId) = await PurchaseAsync(staff, 1000m);
        using var admin = await stack.ClientAsync("admin");
        var item = (await (await admin.PostAsJsonAsync("/api/points/catalog",
            new { name = "水光针", kind = "Treatment", costPoints = 900 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PostAsJsonAsync("/api/points/redemptions", new { catalogItemId = item, memberId }))
            .EnsureSuccessStatusCode();

        using var response = await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds", new { });
        var refund = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((1000L, 100L, 900L), (refund.GetProperty("pointsDue").GetInt64(),
            refund.GetProperty("pointsTakenBack").GetInt64(), refund.GetProperty("shortfallPoints").GetInt64()));
        Assert.Equal(0, await BalanceAsync(staff, memberId));
    }

    [Fact]
    public async Task Refunding_more_than_is_left_is_a_400_naming_the_amount()
    {
        using var staff = await stack.ClientAsync("staff");
        var (_, orderId) = await PurchaseAsync(staff, 100m);

        using var response = await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds", new { amount = 100.01m });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("amount", out _));
    }
}
