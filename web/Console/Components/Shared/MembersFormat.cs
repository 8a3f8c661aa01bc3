using System.Globalization;

namespace Loyalty.Console.Components.Shared;

/// <summary>
/// How the Members and Front desk pages show money, times and ids: yuan with two decimals, times in the clinics'
/// time zone (Asia/Shanghai) whatever the server's zone is.
/// </summary>
public static class MembersFormat
{
    public static readonly TimeZoneInfo ClinicZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Money(decimal amount) => "¥" + amount.ToString("N2", CultureInfo.InvariantCulture);

    public static string Money(decimal? amount) => amount is { } value ? Money(value) : "—";

    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, ClinicZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? at) => at is { } value ? Time(value) : "—";

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Points with a sign, so a deduction reads as one.</summary>
    public static string SignedPoints(long points) =>
        (points > 0 ? "+" : "") + points.ToString("N0", CultureInfo.InvariantCulture);

    public static string Points(long points) => points.ToString("N0", CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["injectables"] = "Injectables",
        ["laser"] = "Laser",
        ["skincare"] = "Skincare",
        ["body"] = "Body care",
    };

    /// <summary>A treatment category in words (English, to translate); one the chain added later as it is.</summary>
    public static string CategoryLabel(string category) => Categories.GetValueOrDefault(category, category);

    /// <summary>Now on the clinics' clock, for order ids a person at the desk recognises.</summary>
    public static DateTime ClinicNow() => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ClinicZone).DateTime;

    /// <summary>
    /// An order id for the till: store, clinic time and a short random part, editable before sending.
    /// </summary>
    public static string NewOrderId(string? storeId) =>
        $"POS-{(string.IsNullOrEmpty(storeId) ? "DESK" : storeId)}-"
        + ClinicNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-"
        + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether what was typed is a phone number in any spelling (+86, spaces, dashes, brackets) rather than a name.
    /// </summary>
    public static bool LooksLikePhone(string text)
    {
        var digits = text.Count(char.IsAsciiDigit);
        return digits >= 7 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '.');
    }
}
