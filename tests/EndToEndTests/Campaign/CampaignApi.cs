using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>Helpers for the Campaign service's end-to-end tests.</summary>
internal static class CampaignApi
{
    public static async Task<Guid> WakeUpTemplateAsync(HttpClient admin, params string[] storeIds)
    {
        using var response = await admin.PostAsJsonAsync("/api/coupons/templates", new
        {
            name = "唤醒券 200 减 80", kind = "AmountOff", value = 80, threshold = 200, validDays = 3, storeIds,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CouponsOfAsync(HttpClient client, Guid memberId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/coupons/members/{memberId}");

    public static Task<HttpResponseMessage> RedeemAsync(
        HttpClient staff,
        string code,
        decimal amount,
        string orderId,
        string storeId = "SH-JINGAN-01") =>
        staff.PostAsJsonAsync("/api/coupons/redeem", new
        {
            code, storeId, amount, externalOrderId = orderId,
            items = new[] { new { category = "injectables", amount } },
        });

    /// <summary>The documented holdout rule: SHA-256 of campaign id then member id, first 4 bytes big-endian, mod
    /// 10,000, below percent × 100.</summary>
    public static bool IsHeldOut(Guid campaignId, Guid memberId, int percent)
    {
        var input = new byte[32];
        campaignId.TryWriteBytes(input.AsSpan(0, 16));
        memberId.TryWriteBytes(input.AsSpan(16));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input)) % 10_000 < percent * 100;
    }
}
