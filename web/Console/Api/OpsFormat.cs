using System.Globalization;

namespace Loyalty.Console.Api;

/// <summary>
/// How the operations pages (catalogue, messages, imports, admin) show instants and money: the clinics' clock
/// (Asia/Shanghai) whatever the server's zone, and yuan with two decimals.
/// </summary>
public static class OpsFormat
{
    public static readonly TimeZoneInfo ClinicZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ClinicTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, ClinicZone).DateTime;

    public static string Time(DateTimeOffset? instant) =>
        instant is { } at ? ClinicTime(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateTimeOffset? instant) =>
        instant is { } at ? ClinicTime(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string Money(decimal? amount) =>
        amount is { } yuan ? "¥" + yuan.ToString("#,##0.00", CultureInfo.InvariantCulture) : "—";

    /// <summary>The instant a clinic day starts (00:00 in Asia/Shanghai), with its offset, for an API filter.</summary>
    public static DateTimeOffset ClinicDayStart(DateTime day)
    {
        var local = DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, ClinicZone.GetUtcOffset(local));
    }

    /// <summary>An instant as a query string value (ISO 8601 with its offset, escaped).</summary>
    public static string Query(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));

    /// <summary>
    /// The English phrase for a name the APIs send (an enum value, a scope), which the pages then translate: the
    /// English screen reads "No consent", not "NoConsent".
    /// </summary>
    public static string Label(string name) => Labels.GetValueOrDefault(name, name);

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["AmountOff"] = "Amount off",
        ["PercentOff"] = "Percentage off",
        ["FreeItem"] = "Free item",
        ["Sms"] = "SMS",
        ["NoConsent"] = "No consent",
        ["FrequencyCap"] = "Frequency cap",
        ["UnknownMember"] = "Unknown member",
        ["SignIn"] = "Sign-in code",
        ["loyalty.members.read"] = "Read members (loyalty.members.read)",
        ["loyalty.purchases.write"] = "Record purchases (loyalty.purchases.write)",
        ["loyalty.kpis.read"] = "Read KPIs (loyalty.kpis.read)",
    };
}
