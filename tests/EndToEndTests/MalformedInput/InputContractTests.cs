using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Loyalty.EndToEndTests.MalformedInput;

/// <summary>
/// What tills, partners and operators really send, through the gateway: each case once answered 500 or was stored
/// as something other than what was sent. Now it is taken as sent, or refused with 400 naming the field.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class InputContractTests(StackFixture stack)
{
    [Fact]
    public async Task A_purchase_paid_at_a_Shanghai_offset_is_recorded_as_that_instant()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterWithAccountAsync(staff);
        var shanghai = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(-30), Shanghai);
        var paidAt = new DateTimeOffset(shanghai.DateTime, TimeSpan.FromHours(8));
        var orderId = $"POS-{Guid.NewGuid():N}";

        using var recorded = await PostJsonAsync(staff, "/api/purchases", $$"""
            {"externalOrderId":"{{orderId}}","memberId":"{{memberId}}","storeId":"SH-XUHUI-02","amount":6860,
             "items":[{"sku":"LASER-1","category":"laser","quantity":1,"amount":6860}],
             "paidAt":"{{paidAt:yyyy-MM-ddTHH:mm:ss}}+08:00"}
            """);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var purchase = await staff.GetFromJsonAsync<JsonElement>($"/api/purchases/{orderId}");
        Assert.Equal(paidAt.ToUnixTimeSeconds(),
            purchase.GetProperty("paidAt").GetDateTimeOffset().ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1999-12-31T23:59:59+08:00")]
    [InlineData("9999-12-31T23:59:59Z")]
    public async Task A_purchase_dated_outside_the_plausible_range_is_refused_naming_paidAt(string paidAt)
    {
        using var staff = await stack.ClientAsync("staff");

        using var response = await PostJsonAsync(staff, "/api/purchases", $$"""
            {"externalOrderId":"POS-{{Guid.NewGuid():N}}","memberId":"{{Guid.NewGuid()}}","storeId":"SH-XUHUI-02",
             "amount":100,"items":[{"sku":"A","category":"laser","quantity":1,"amount":100}],"paidAt":"{{paidAt}}"}
            """);

        await AssertRefusedAsync(response, "paidAt");
    }

    [Fact]
    public async Task A_misspelt_field_is_refused_naming_it_and_nothing_is_refunded()
    {
        using var staff = await stack.ClientAsync("staff");

        using var response = await PostJsonAsync(staff, "/api/purchases/NO-SUCH-ORDER/refunds",
            $$"""{"amount":10,"refundID":"{{Guid.NewGuid()}}"}""");

        await AssertRefusedAsync(response, "refundID");
    }

    [Fact]
    public async Task A_NUL_character_in_a_body_a_query_value_or_a_path_is_refused()
    {
        using var staff = await stack.ClientAsync("staff");

        using var body = await PostJsonAsync(staff, "/api/members",
            """
            {"phone":"13912345678","name":"王\u0000丽","gender":"Female","birthDate":"1990-05-20",
            "homeStoreId":"SH-JINGAN-01"}
            """);
        using var query = await staff.GetAsync("/api/members?tag=laser%00");
        using var path = await staff.GetAsync("/api/purchases/POS%00-1");

        await AssertRefusedAsync(body, "name");
        await AssertRefusedAsync(query, "tag");
        // Kestrel itself refuses a NUL in the request target, before the gateway or any service sees it.
        Assert.Equal(HttpStatusCode.BadRequest, path.StatusCode);
    }

    [Fact]
    public async Task Paging_past_the_end_is_an_empty_page_and_an_offset_past_32_bits_is_refused()
    {
        using var staff = await stack.ClientAsync("staff");

        var farPage = await staff.GetFromJsonAsync<JsonElement>("/api/members?page=100000&pageSize=20");
        using var overflow = await staff.GetAsync("/api/members?page=2147483647&pageSize=20");

        Assert.Equal(0, farPage.GetProperty("members").GetArrayLength());
        await AssertRefusedAsync(overflow, "page");
    }

    [Fact]
    public async Task Coupon_templates_refuse_what_their_columns_cannot_hold_as_sent()
    {
        using var admin = await stack.ClientAsync("admin");
        const string Valid = "\"name\":\"满 300 减 50\",\"kind\":\"AmountOff\",\"threshold\":300,\"validDays\":30";

        using var decimals = await PostJsonAsync(admin, "/api/coupons/templates", $$"""{{{Valid}},"value":12.34567}""");
        using var huge = await PostJsonAsync(admin, "/api/coupons/templates",
            $$"""{"name":"满减","kind":"AmountOff","value":50,"threshold":9223372036854775808,"validDays":30}""");
        using var longGift = await PostJsonAsync(admin, "/api/coupons/templates",
            $$"""
            {"name":"礼品","kind":"FreeItem","value":100,"validDays":30,
            "giftName":"{{new string('礼', 300_000)}}"}
            """);
        using var nullStores = await PostJsonAsync(admin, "/api/coupons/templates",
            $$"""{{{Valid}},"value":50,"storeIds":null}""");
        using var numericKind = await PostJsonAsync(admin, "/api/coupons/templates",
            """{"name":"满减","kind":1,"value":50,"threshold":300,"validDays":30}""");

        await AssertRefusedAsync(decimals, "value");
        await AssertRefusedAsync(huge, "threshold");
        await AssertRefusedAsync(longGift, "giftName");
        await AssertRefusedAsync(nullStores, "storeIds");
        await AssertRefusedAsync(numericKind, "kind");
    }

    [Fact]
    public async Task A_date_at_the_edge_of_the_calendar_in_a_query_is_refused_naming_it()
    {
        using var admin = await stack.ClientAsync("admin");

        using var response = await admin.GetAsync("/api/campaigns/health?date=9999-12-31");

        await AssertRefusedAsync(response, "date");
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest,
            $"expected 400 naming {field}, got {(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected errors.{field}: {body}");
    }

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
