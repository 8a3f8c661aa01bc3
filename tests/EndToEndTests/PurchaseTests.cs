using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>POS → gateway → Points: a purchase recorded once, its points
/// earned by the documented rules, readable in the ledger.</summary>
[Collection(StackCollection.Name)]
public class PurchaseTests(StackFixture stack)
{
    private static object Purchase(string orderId, Guid memberId, decimal amount, DateTimeOffset paidAt) => new
    {
        externalOrderId = orderId,
        memberId,
        storeId = "SH-JINGAN-01",
        amount,
        items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount } },
        paidAt,
    };

    [Fact]
    public async Task The_same_order_recorded_twice_and_concurrently_is_recorded_once()
    {
        using var staff = await stack.ClientAsync("staff");
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var memberId = await Registrations.RegisterWithAccountAsync(staff,
            Registrations.BornInMonthOf(paidAt, sameMonth: false));
        var orderId = $"POS-{Guid.NewGuid():N}";

        using var first = await staff.PostAsJsonAsync("/api/purchases", Purchase(orderId, memberId, 1280.50m, paidAt));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => staff.PostAsJsonAsync("/api/purchases", Purchase(orderId, memberId, 1280.50m, paidAt))));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var recorded = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1280, recorded.GetProperty("pointsEarned").GetInt64()); // Standard member, base rule only
        foreach (var again in concurrent)
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(recorded.GetProperty("purchaseId").GetGuid(),
                (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("purchaseId").GetGuid());
            again.Dispose();
        }

        var account = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}");
        Assert.Equal(1280, account.GetProperty("balance").GetInt64());
        Assert.Equal(1L, await stack.QueryAsync<long>("pointsdb",
            """SELECT count(*) FROM purchases WHERE "ExternalOrderId" = @o""", ("o", orderId)));
        Assert.Equal(1L, await stack.QueryAsync<long>("pointsdb",
            """SELECT count(*) FROM outbox_messages WHERE "EventType" = """ +
            """'Loyalty.Contracts.Points.PurchaseRecorded' AND "Payload"->>'externalOrderId' = @o""", ("o", orderId)));
    }

    [Fact]
    public async Task A_birthday_month_purchase_earns_double_and_the_ledger_names_each_rule()
    {
        using var staff = await stack.ClientAsync("staff");
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var memberId = await Registrations.RegisterWithAccountAsync(staff, Registrations.BornInMonthOf(paidAt));
        var orderId = $"POS-{Guid.NewGuid():N}";

        using var response = await staff.PostAsJsonAsync("/api/purchases",
            Purchase(orderId, memberId, 1000.00m, paidAt));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var recorded = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2000, recorded.GetProperty("pointsEarned").GetInt64());
        Assert.Equal(["purchase-base", "birthday-month"], recorded.GetProperty("earned").EnumerateArray()
            .Select(e => e.GetProperty("ruleCode").GetString()!).ToArray());
        using var member = await stack.ClientAsync("member", memberId);
        var ledger = await member.GetFromJsonAsync<JsonElement>("/api/points/accounts/me/ledger?page=1&pageSize=10");
        Assert.Equal(2000, ledger.GetProperty("balance").GetInt64());
        var entries = ledger.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(["birthday-month", "purchase-base"],
            entries.Select(e => e.GetProperty("reason").GetString()!).Order().ToArray());
        Assert.All(entries, e => Assert.Equal($"purchase:{orderId}", e.GetProperty("sourceRef").GetString()));
        Assert.Equal(2000, entries.Max(e => e.GetProperty("balanceAfter").GetInt64()));
        Assert.Equal(paidAt.AddMonths(12).ToUnixTimeSeconds(),
            entries[0].GetProperty("expiresAt").GetDateTimeOffset().ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_member_cannot_read_another_members_ledger_or_purchase_and_cannot_record_purchases()
    {
        using var staff = await stack.ClientAsync("staff");
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var owner = await Registrations.RegisterWithAccountAsync(staff);
        var orderId = $"POS-{Guid.NewGuid():N}";
        (await staff.PostAsJsonAsync("/api/purchases", Purchase(orderId, owner, 99.00m, paidAt)))
            .EnsureSuccessStatusCode();
        using var other = await stack.ClientAsync("member", Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Forbidden,
            (await other.GetAsync($"/api/points/accounts/{owner}/ledger")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/purchases/{orderId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/purchases",
            Purchase($"POS-{Guid.NewGuid():N}", owner, 1m, paidAt))).StatusCode);
    }

    [Fact]
    public async Task A_purchase_whose_items_do_not_add_up_is_a_400_naming_the_field()
    {
        using var staff = await stack.ClientAsync("staff");

        using var response = await staff.PostAsJsonAsync("/api/purchases", new
        {
            externalOrderId = $"POS-{Guid.NewGuid():N}", memberId = Guid.NewGuid(), storeId = "SH-01", amount = 100.00m,
            items = new[] { new { sku = "A", category = "laser", quantity = 1, amount = 90.00m } },
            paidAt = DateTimeOffset.UtcNow,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("items", out _));
    }
}
