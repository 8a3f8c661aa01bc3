using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.EndToEndTests;

internal static class Registrations
{
    private static int _sequence = Random.Shared.Next(10_000_000);

    /// <summary>A valid registration body with a phone number no other test uses.</summary>
    public static object NewMember(string? phone = null, DateOnly? birthDate = null) => new
    {
        phone = phone ?? NewPhone(),
        name = "王丽",
        gender = "Female",
        birthDate = (birthDate ?? new DateOnly(1990, 5, 20)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        homeStoreId = "SH-JINGAN-01",
    };

    public static string NewPhone() => $"139{Interlocked.Increment(ref _sequence) % 100_000_000:D8}";

    public static async Task<Guid> RegisterAsync(HttpClient staff, string? phone = null, DateOnly? birthDate = null)
    {
        using var response = await staff.PostAsJsonAsync("/api/members", NewMember(phone, birthDate));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
