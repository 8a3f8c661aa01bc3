using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

internal static class Registrations
{
    private static int _sequence = Random.Shared.Next(10_000_000);

    /// <summary>The name every registration here gives.</summary>
    public const string Name = "王丽";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Phones = new();

    /// <summary>Every phone registered through here in this run: the log scan looks for them.</summary>
    public static IReadOnlyCollection<string> UsedPhones => [.. Phones.Keys];

    /// <summary>A valid registration body with a phone number no other test uses.</summary>
    public static object NewMember(string? phone = null, DateOnly? birthDate = null, string? homeStoreId = null) => new
    {
        phone = Used(phone ?? NewPhone()),
        name = Name,
        gender = "Female",
        birthDate = (birthDate ?? new DateOnly(1990, 5, 20))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        homeStoreId = homeStoreId ?? "SH-JINGAN-01",
    };

    public static string NewPhone() => Used($"139{Interlocked.Increment(ref _sequence) % 100_000_000:D8}");

    private static string Used(string phone)
    {
        Phones.TryAdd(phone, true);
        return phone;
    }

    public static async Task<Guid> RegisterAsync(
        HttpClient staff, string? phone = null, DateOnly? birthDate = null, string? homeStoreId = null)
    {
        using var response = await staff.PostAsJsonAsync("/api/members", NewMember(phone, birthDate, homeStoreId));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Registers a member and waits until Points has opened
    /// their account (it hears of them through the broker).</summary>
    public static async Task<Guid> RegisterWithAccountAsync(
        HttpClient staff, DateOnly? birthDate = null, string? homeStoreId = null)
    {
        var memberId = await RegisterAsync(staff, birthDate: birthDate, homeStoreId: homeStoreId);
        await Eventually.HoldsAsync(async () =>
            (await staff.GetAsync($"/api/points/accounts/{memberId}")).IsSuccessStatusCode,
            StackFixture.EventTimeout, "Points opened the account");
        return memberId;
    }

    /// <summary>A birth date whose month is (or, six months off, is
    /// not) the month of <paramref name="at"/> in Shanghai.</summary>
    public static DateOnly BornInMonthOf(DateTimeOffset at, bool sameMonth = true) =>
        new(1990, TimeZoneInfo.ConvertTime(at, Shanghai).AddMonths(sameMonth ? 0 : 6).Month, 1);

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
