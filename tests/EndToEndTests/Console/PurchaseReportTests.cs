using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// What the console reads from Points: the purchase list with refunds (paged, a front desk only its stores), purchases
/// per clinic day (refunds netted on the day the purchase was paid, days split at Shanghai's midnight, not UTC's) and
/// the points liability.
/// </summary>
[Collection(StackCollection.Name)]
public class PurchaseReportTests(StackFixture stack)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>A store no other test records purchases in, so its figures are this test's alone.</summary>
    private static string NewStore() => $"T-{Guid.NewGuid():N}"[..14].ToUpperInvariant();

    /// <summary>An instant at a clinic-local date and time.</summary>
    private static DateTimeOffset ClinicLocal(DateOnly date, int hour, int minute) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8)).ToUniversalTime();

    private static async Task<(string OrderId, long Points)> PurchaseAsync(
        HttpClient staff, Guid memberId, string storeId, decimal amount, DateTimeOffset paidAt)
    {
        var orderId = $"POS-{Guid.NewGuid():N}";
        using var response = await staff.PostAsJsonAsync("/api/purchases", new
        {
            externalOrderId = orderId, memberId, storeId, amount,
            items = new[] { new { sku = "PICO", category = "laser", quantity = 1, amount } }, paidAt,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var recorded = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (orderId, recorded.GetProperty("pointsEarned").GetInt64());
    }

    private static async Task RefundAsync(HttpClient staff, string orderId, decimal? amount) =>
        (await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds", new { amount })).EnsureSuccessStatusCode();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Daily_figures_net_refunds_on_the_clinic_day_of_payment_and_list_every_day_of_the_range()
    {
        using var staff = await stack.ClientAsync("staff");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
        var day = today.AddDays(-3);
        var birth = Registrations.BornInMonthOf(DateTimeOffset.UtcNow, sameMonth: false);
        var (first, second) = (await Registrations.RegisterWithAccountAsync(staff, birth),
            await Registrations.RegisterWithAccountAsync(staff, birth));
        var store = NewStore();

        // 00:30 in Shanghai is 16:30 UTC the day before: it belongs to the clinic day, not to the UTC date.
        var (afterMidnight, _) = await PurchaseAsync(staff, first, store, 1000m, ClinicLocal(day, 0, 30));
        await RefundAsync(staff, afterMidnight, 250m);
        await PurchaseAsync(staff, first, store, 200m, ClinicLocal(day, 15, 0));
        var (fullyRefunded, _) = await PurchaseAsync(staff, second, store, 500m, ClinicLocal(day, 12, 0));
        await RefundAsync(staff, fullyRefunded, null);
        await PurchaseAsync(staff, second, store, 300m, ClinicLocal(day.AddDays(-1), 23, 30));

        using var marketing = await stack.ClientAsync("marketing");
        var report = await marketing.GetFromJsonAsync<JsonElement>(
            $"/api/purchases/daily?from={Iso(day.AddDays(-2))}&to={Iso(day)}&storeId={store}");

        var days = report.GetProperty("days").EnumerateArray().Select(d => (
            d.GetProperty("date").GetString(), d.GetProperty("purchases").GetInt32(),
            d.GetProperty("revenue").GetDecimal(),
            d.GetProperty("averageOrderValue").ValueKind == JsonValueKind.Null
                ? (decimal?)null
                : d.GetProperty("averageOrderValue").GetDecimal(),
            d.GetProperty("buyers").GetInt32())).ToList();
        Assert.Equal(
            [
                (Iso(day.AddDays(-2)), 0, 0m, null, 0),
                (Iso(day.AddDays(-1)), 1, 300m, 300m, 1),
                (Iso(day), 2, 950m, 475m, 1),
            ],
            days);
    }

    [Fact]
    public async Task Daily_figures_are_for_kpi_readers_and_refuse_a_missing_or_too_long_range_naming_the_field()
    {
        using var marketing = await stack.ClientAsync("marketing");
        using var staff = await stack.ClientAsync("staff");

        using var noFrom = await marketing.GetAsync("/api/purchases/daily?to=2026-11-30");
        using var tooLong = await marketing.GetAsync("/api/purchases/daily?from=2020-01-01&to=2026-11-30");
        using var backwards = await marketing.GetAsync("/api/purchases/daily?from=2026-11-30&to=2026-11-01");
        using var frontDesk = await staff.GetAsync("/api/purchases/daily?from=2026-11-01&to=2026-11-30");

        await AssertNamesAsync(noFrom, "from");
        await AssertNamesAsync(tooLong, "to");
        await AssertNamesAsync(backwards, "to");
        Assert.Equal(HttpStatusCode.Forbidden, frontDesk.StatusCode);
    }

    [Fact]
    public async Task The_purchase_list_pages_newest_first_with_refunds_and_a_front_desk_sees_only_its_stores()
    {
        using var staff = await stack.ClientAsync("staff");
        var now = DateTimeOffset.UtcNow;
        var memberId = await Registrations.RegisterWithAccountAsync(
            staff, Registrations.BornInMonthOf(now, sameMonth: false));
        var store = NewStore();
        var orders = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add((await PurchaseAsync(staff, memberId, store, 100m + i, now.AddHours(-3 + i))).OrderId);
        }

        await RefundAsync(staff, orders[1], 40m);

        using var marketing = await stack.ClientAsync("marketing");
        var firstPage = await marketing.GetFromJsonAsync<JsonElement>(
            $"/api/purchases?storeId={store}&pageSize=2");
        var secondPage = await marketing.GetFromJsonAsync<JsonElement>(
            $"/api/purchases?storeId={store}&memberId={memberId}&pageSize=2&page=2");

        Assert.Equal(3, firstPage.GetProperty("totalPurchases").GetInt32());
        var listed = firstPage.GetProperty("purchases").EnumerateArray()
            .Concat(secondPage.GetProperty("purchases").EnumerateArray()).ToList();
        Assert.Equal([orders[2], orders[1], orders[0]],
            listed.Select(p => p.GetProperty("externalOrderId").GetString()!));
        var refunded = listed[1];
        Assert.Equal((101m, 40m, "laser"), (refunded.GetProperty("amount").GetDecimal(),
            refunded.GetProperty("refundedAmount").GetDecimal(),
            refunded.GetProperty("items")[0].GetProperty("category").GetString()));
        Assert.Equal(40m, Assert.Single(refunded.GetProperty("refunds").EnumerateArray()).GetProperty("amount")
            .GetDecimal());

        using var frontDesk = await stack.FrontDeskOfAsync("SH-JINGAN-01");
        using var otherStore = await frontDesk.GetAsync($"/api/purchases?storeId={store}");
        Assert.Equal(HttpStatusCode.Forbidden, otherStore.StatusCode);
        Assert.Equal("storeId",
            (await otherStore.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        var own = await frontDesk.GetFromJsonAsync<JsonElement>("/api/purchases?pageSize=100");
        Assert.All(own.GetProperty("purchases").EnumerateArray(),
            p => Assert.Equal("SH-JINGAN-01", p.GetProperty("storeId").GetString()));
        await AssertNamesAsync(await marketing.GetAsync("/api/purchases?pageSize=500"), "pageSize");
    }

    [Fact]
    public async Task The_liability_counts_every_balance_and_the_points_expiring_within_30_days()
    {
        using var staff = await stack.ClientAsync("staff");
        using var ops = await stack.ClientAsync("ops");
        var now = DateTimeOffset.UtcNow;
        var memberId = await Registrations.RegisterWithAccountAsync(
            staff, Registrations.BornInMonthOf(now, sameMonth: false));
        var before = await ops.GetFromJsonAsync<JsonElement>("/api/points/liability");

        // Purchase points live 12 months from payment: this lot expires in 10 days, the other in a year.
        var (_, expiringSoon) = await PurchaseAsync(staff, memberId, NewStore(), 800m, now.AddMonths(-12).AddDays(10));
        await PurchaseAsync(staff, memberId, NewStore(), 300m, now.AddMinutes(-1));
        var after = await ops.GetFromJsonAsync<JsonElement>("/api/points/liability");
        var balance = (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}"))
            .GetProperty("balance").GetInt64();

        long Delta(string field) => after.GetProperty(field).GetInt64() - before.GetProperty(field).GetInt64();
        Assert.True(expiringSoon > 0 && balance > expiringSoon);
        Assert.Equal((balance, 1L, expiringSoon),
            (Delta("outstandingPoints"), Delta("accountsWithBalance"), Delta("expiringNext30Days")));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/points/liability")).StatusCode);
    }

    internal static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty(field, out _), $"the problem names {field}");
    }
}
