using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>Redemption under load: the balance never goes negative
/// and stock never oversells, however many requests race.</summary>
[Collection(StackCollection.Name)]
public class RedemptionTests(StackFixture stack)
{
    private async Task<Guid> MemberWithPointsAsync(HttpClient staff, decimal spend)
    {
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var memberId = await Registrations.RegisterWithAccountAsync(staff,
            Registrations.BornInMonthOf(paidAt, sameMonth: false));
        (await staff.PostAsJsonAsync("/api/purchases", new
        {
            externalOrderId = $"POS-{Guid.NewGuid():N}", memberId, storeId = "SH-01", amount = spend,
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = spend } }, paidAt,
        })).EnsureSuccessStatusCode();
        return memberId;
    }

    private async Task<Guid> CatalogItemAsync(long cost, int? stock)
    {
        using var admin = await stack.ClientAsync("admin");
        using var response = await admin.PostAsJsonAsync("/api/points/catalog",
            new { name = "玻尿酸体验券", kind = "Coupon", costPoints = cost, stock });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Fifty_concurrent_redemptions_against_a_balance_that_covers_ten_let_exactly_ten_through()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await MemberWithPointsAsync(staff, 1_000m); // 1000 points
        var item = await CatalogItemAsync(cost: 100, stock: null);
        using var member = await stack.ClientAsync("member", memberId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => member.PostAsJsonAsync("/api/points/redemptions", new { catalogItemId = item })));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(40, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var refused = await responses.First(r => r.StatusCode == HttpStatusCode.Conflict)
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Not enough points", refused.GetProperty("title").GetString());
        var ledger = await member.GetFromJsonAsync<JsonElement>("/api/points/accounts/me/ledger?pageSize=100");
        Assert.Equal(0, ledger.GetProperty("balance").GetInt64());
        Assert.Equal(0, ledger.GetProperty("entries").EnumerateArray().Sum(e => e.GetProperty("points").GetInt64()));
        Assert.Equal(10, ledger.GetProperty("entries").EnumerateArray()
            .Count(e => e.GetProperty("reason").GetString() == "redemption"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Stock_never_oversells_and_a_retried_request_redeems_once()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await MemberWithPointsAsync(staff, 5_000m);
        var item = await CatalogItemAsync(cost: 10, stock: 3);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            staff.PostAsJsonAsync("/api/points/redemptions", new { catalogItemId = item, memberId })));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(0, await stack.QueryAsync<int>("pointsdb",
            """SELECT "Stock" FROM catalog_items WHERE "Id" = @i""", ("i", item)));

        var unlimited = await CatalogItemAsync(cost: 10, stock: null);
        var requestId = Guid.NewGuid();
        using var first = await staff.PostAsJsonAsync("/api/points/redemptions",
            new { catalogItemId = unlimited, memberId, requestId });
        using var retry = await staff.PostAsJsonAsync("/api/points/redemptions",
            new { catalogItemId = unlimited, memberId, requestId });
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal(5_000 - 30 - 10, (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}"))
            .GetProperty("balance").GetInt64());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_member_cannot_redeem_with_another_members_points()
    {
        using var staff = await stack.ClientAsync("staff");
        var owner = await MemberWithPointsAsync(staff, 500m);
        var item = await CatalogItemAsync(cost: 10, stock: null);
        using var other = await stack.ClientAsync("member", Guid.NewGuid());

        using var response = await other.PostAsJsonAsync("/api/points/redemptions",
            new { catalogItemId = item, memberId = owner });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
