using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.EndToEndTests;

internal static class Registrations
{
    private static int _sequence = Random.Shared.Next(10_000_000);

    /// <summary>A valid registration body with a phone number no other test uses.</summary>
    public static object NewMember(string? phone = null) => new
    {
        phone = phone ?? NewPhone(),
        name = "王丽",
        gender = "Female",
        birthDate = "1990-05-20",
        homeStoreId = "SH-JINGAN-01",
    };

    public static string NewPhone() => $"139{Interlocked.Increment(ref _sequence) % 100_000_000:D8}";

    public static async Task<Guid> RegisterAsync(HttpClient staff, string? phone = null)
    {
        using var response = await staff.PostAsJsonAsync("/api/members", NewMember(phone));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
